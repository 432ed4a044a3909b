#include "rule_fixture.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

TEST_CASE("table/date-order: a case decided before it was received") {
    Fixture f("# 1. Cases\n\n1.1 New cases:\n\n"
              "| Case | Date | Complainant | Date of |\n|---|---|---|---|\n"
              "| Ref | Received | | decision |\n"
              "| 1259 | 18/10/23 | Member of the public | 16/12/22 |\n"
              "| 1317 | 20/3/23 | Parish Councillor | 21/3/23 |\n"
              "| 1452 | 22/11/23 | Parish Councillor | |\n");
    auto found = f.run("table/date-order");
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "table/date-order");
    CHECK(found[0].span.begin.line == 12);
    CHECK(found[0].message == "dates run backwards in the row '1259': Date of decision 16/12/22 "
                              "is before Date Received 18/10/23");
}

TEST_CASE("table/date-order near misses: dates in order, unordered columns, no dates") {
    Fixture f("# 1. Plan\n\n1.1 Actions:\n\n"
              "| Action | Start | End | Due | Completed |\n|---|---|---|---|---|\n"
              "| Review | 1 March 2023 | 30 June 2023 | 1/7/23 | 15/6/23 |\n"
              "| Training | 2023-09-01 | 2023-09-01 | | |\n\n"
              "| Meeting | Date | Date |\n|---|---|---|\n| Standards | 6/2/24 | 14/11/22 |\n\n"
              "| Received | Decided |\n|---|---|\n| pending | not yet |\n");
    CHECK(f.run("table/date-order").empty());
}

#include "rule_fixture.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

const char* const kTermDefinitions =
    "# 1. Introduction\n\n## 1.2 Definitions\n\n"
    "1.2.1 Councillor includes a non-elected Co-opted Member as well as an elected Councillor.\n\n"
    "1.2.5 Chief Officer means the Chief Executive, Deputy Chief Executives, Executive Directors "
    "and Directors.\n\n"
    "1.2.6 Designated Finance Officer means the Executive Director (Finance & Resources).\n\n"
    "1.2.9 Political Group means any formally recognised group of elected Councillors.\n\n";

} // namespace

TEST_CASE("term/near-miss: an undefined role one word from a defined term") {
    Fixture f(std::string(kTermDefinitions) +
              "# 8. Decisions\n\n8.1.8 Have regard to advice from the Chief Executive, Chief "
              "Finance Officer or the "
              "Designated Finance Officer. A Political Group may meet.\n");
    auto found = f.run("term/near-miss");
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "term/near-miss");
    CHECK(found[0].suggestion == "Designated Finance Officer");
    CHECK(found[0].message.find("1.2.6") != std::string::npos);
}

TEST_CASE("term/near-miss near misses: qualified, plural and mentioned-in-definitions forms") {
    Fixture f(std::string(kTermDefinitions) +
              "# 8. Decisions\n\n8.1.1 Ward Councillors, Co-opted Members, Deputy Chief "
              "Executives, Chief Officers "
              "and Political Groups must follow the Members’ Code of Conduct.\n");
    CHECK(f.run("term/near-miss").empty());
}

TEST_CASE("term/unused: a definition never used outside the definitions") {
    Fixture f(std::string(kTermDefinitions) + "# 5. Principles\n\n5.4 The Councillor, the Chief "
                                              "Officer and each Political Group must comply.\n");
    auto found = f.run("term/unused");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("Designated Finance Officer") != std::string::npos);
    Fixture used(std::string(kTermDefinitions) +
                 "# 5. Principles\n\n5.4 Councillors, Chief Officers, "
                 "the Designated Finance Officer and Political "
                 "Groups must comply.\n");
    CHECK(used.run("term/unused").empty());
}

TEST_CASE("term/lowercase: a multi-word defined term in lower case, not a one-word one") {
    Fixture f(std::string(kTermDefinitions) +
              "# 10. Media\n\n10.1.3 Councillors may speak as a representative of their political "
              "group. A "
              "councillor of another authority is not bound by this Protocol.\n");
    auto found = f.run("term/lowercase");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Info);
    CHECK(found[0].suggestion == "Political Group");
}

TEST_CASE("term/deprecated: a retired title, not a sentence reporting the change") {
    const auto& titles = *bundled_data().deprecated;
    Fixture f("# 9. Enquiries\n\n9.1.9 The Strategic Directors are responsible for enquiries.\n\n"
              "9.1.10 The roles of Executive Directors were updated from Strategic Directors.\n");
    auto found = f.run("term/deprecated", data_with(titles));
    REQUIRE(found.size() == 1);
    CHECK(found[0].suggestion == "Executive Directors");
    CHECK(found[0].span.begin.line == 7);
}

TEST_CASE("term/near-miss: a post with another subject is not a near miss") {
    Fixture f(
        "# 1. Introduction\n\n## 1.2 Definitions\n\n1.2.1 Head of Paid Service means the Chief "
        "Executive.\n\n"
        "# 2. Roles\n\n2.1 The Head of Paid Service and the Head of Legal Services must advise.\n");
    CHECK(f.run("term/near-miss").empty());
}

#include "rule_fixture.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

const char* kVariantDefinitions =
    "# 1. Introduction\n\n## 1.2 Definitions\n\n"
    "1.2.7 Members Support Hub refers to an Officer function.\n\n"
    "1.2.2 Councillor Body includes the Council and its Committees.\n\n"
    "1.2.8 Monitoring Officer means the officer so designated.\n\n";

std::vector<Diagnostic> variants(const std::string& body) {
    Fixture f(std::string(kVariantDefinitions) + body);
    return f.run("term/variant");
}

} // namespace

TEST_CASE("term/variant: a word of a defined term in the other number") {
    auto found = variants("# 9. Support\n\n9.1.2 Enquiries go to the Member Support Hub first.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "term/variant");
    CHECK(found[0].span.begin.line == 17);
    CHECK(found[0].message == "'Member Support Hub' is a variant of the defined term 'Members "
                              "Support Hub' (1.2.7): 'Member' for 'Members'");
    CHECK(found[0].suggestion == "Members Support Hub");
}

TEST_CASE("term/variant: the words of a defined term in another order") {
    auto found = variants("# 9. Support\n\n9.1.2 Ask the Officer Monitoring for advice.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("the same words in another order") != std::string::npos);
}

TEST_CASE("term/variant near misses: the term, its plural, possessives and other names") {
    CHECK(variants("# 9. Support\n\n9.1.2 The Members Support Hub answers Councillor Bodies and "
                   "each Councillor Body; the Members’ Support Hub keeps a log, and the "
                   "Monitoring Officer’s advice is recorded. A Member Support Officer helps. "
                   "members support hub staff work in lower case.\n")
              .empty());
}

#include "rule_fixture.hpp"
#include "rules/helpers/constitution.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

const char* const kConstitutionDefinitions =
    "# 1. Introduction\n\n## 1.2 Definitions\n\n1.2.2 Councillor Body "
    "includes the Council, the Cabinet, and all "
    "other Committees, Sub-Committees, Working Parties and Panels "
    "described in Part 3, Schedule 2 of the "
    "Constitution.\n\n";

} // namespace

TEST_CASE("constitution citations are found, statutes and agenda parts are not") {
    Fixture f("# 1. A\n\n1.1 See the Access to Information Procedure Rules (Part 4(b) of the "
              "Constitution), "
              "Article 12 in Part 2, Standing Order 46 and the Officer Delegations in Part 3, "
              "Schedule 3.\n\n"
              "1.2 Exempt information as defined in Part 1 of Schedule 12A to the Act. Part 1, "
              "Public Agenda Item.\n");
    Links links = link_document(f.document);
    auto cites = check::constitution_citations(f.document, links);
    REQUIRE(cites.size() == 4);
    CHECK(cites[0].part == "4(b)");
    REQUIRE_FALSE(cites[0].names.empty());
    CHECK(cites[0].names[0] == "access to information procedure rule");
    CHECK(cites[1].article == "12");
    CHECK(cites[2].standing_order == "46");
    CHECK(cites[3].schedule == "3");
    CHECK(cites[3].names[0] == "officer delegation");
}

TEST_CASE("cite/constitution-map: the words name a provision the map puts elsewhere") {
    const auto& map = *bundled_data().constitution;
    Fixture f(std::string(kConstitutionDefinitions) +
              "# 8. Decisions\n\n8.1.8 Ensure decisions do not go "
              "beyond the terms of reference of the relevant "
              "Councillor Body as set out in Part 3, Schedule 3 of the "
              "Constitution and in accordance with the "
              "Officer Delegations in Part 3, Schedule 3.\n");
    auto found = f.run("cite/constitution-map", data_with(map));
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "cite/constitution-map");
    CHECK(found[0].suggestion == "Part 3, Schedule 2");
    CHECK(found[0].message.find("Officer Delegations") != std::string::npos);
    CHECK(found[0].span.begin.line == 13);
}

TEST_CASE("cite/constitution-map near misses: names that agree, or a citation far from any name") {
    const auto& map = *bundled_data().constitution;
    Fixture f(std::string(kConstitutionDefinitions) +
              "# 8. Decisions\n\n8.2.3 Officers must observe the "
              "Officer Delegations in Part 3, Schedule 3 of the "
              "Constitution and refer other decisions to the "
              "appropriate Councillor Body for decision, unless action "
              "is to be taken under Standing Order 46.\n\n8.2.4 The "
              "Council has adopted a Members’ Code of Conduct "
              "which is set out in Part 5(a) of the Constitution and "
              "an Employee Code of Conduct which is set out in "
              "Part 5(c).\n");
    CHECK(f.run("cite/constitution-map", data_with(map)).empty());
}

TEST_CASE("cite/constitution-inconsistent: one body at two Schedules, without a map") {
    Fixture f(std::string(kConstitutionDefinitions) +
              "# 8. Decisions\n\n8.1.8 Ensure decisions do not go beyond the terms of reference of "
              "the relevant "
              "Councillor Body as set out in Part 3, Schedule 3 of the Constitution.\n");
    auto found = f.run("cite/constitution-inconsistent", no_data());
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "cite/constitution-inconsistent");
    CHECK(found[0].suggestion == "Part 3, Schedule 2");
    // With a map that knows both places, cite/constitution-map reports it instead.
    CHECK(f.run("cite/constitution-inconsistent").empty());

    Fixture clean(
        std::string(kConstitutionDefinitions) +
        "# 8. Decisions\n\n8.1.8 Decisions stay within the terms of reference of the Councillor "
        "Body as "
        "set out in Part 3, Schedule 2 and the Officer Delegations in Part 3, Schedule 3.\n");
    CHECK(clean.run("cite/constitution-inconsistent", no_data()).empty());
}

TEST_CASE("cite/constitution-map: a provision the map does not have, at that citation") {
    const auto& map = *bundled_data().constitution;
    Fixture f(std::string(kConstitutionDefinitions) +
              "# 5. Principles\n\n5.7 See the Access to Information Procedure Rules in Part 4(f) "
              "of the Constitution.\n\n# 9. Access\n\n9.3.1 The detailed rules are set out in the "
              "Access to Information Procedure Rules (Part 4(b) of the Constitution).\n");
    auto found = f.run("cite/constitution-map", data_with(map));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("cites Part 4(f), which is not in the constitution map") == 0);
    CHECK(found[0].suggestion == "Part 4(b)");
    // The disagreement between the two citations is reported at the one the map lacks.
    auto inconsistent = f.run("cite/constitution-inconsistent", data_with(map));
    REQUIRE(inconsistent.size() == 1);
    CHECK(inconsistent[0].span.begin.line == found[0].span.begin.line);
    CHECK(inconsistent[0].suggestion == "Part 4(b)");
}

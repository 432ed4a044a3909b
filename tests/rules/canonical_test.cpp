#include "rule_fixture.hpp"
#include "rules/helpers/canonical_wording.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

TEST_CASE("word_diff reports word-level changes, ignoring case and punctuation") {
    auto edits = check::word_diff("They should be willing to change poor behaviour",
                                  "they should be willing to challenge poor behaviour.");
    REQUIRE(edits.size() == 1);
    CHECK(edits[0].written == "change");
    CHECK(edits[0].canonical == "challenge");
    auto moved = check::word_diff("clear reasons for doing so.", "clear reasons for so doing.");
    REQUIRE(moved.size() == 1);
    CHECK(check::describe_edits(moved) == "has 'doing so' for 'so doing'");
    CHECK(check::word_diff("their family or their friends", "their family, or their friends")
              .empty());
}

TEST_CASE("text/canonical: a principle that departs from the 2013 wording") {
    Fixture f("# Appendix 1 – The Nolan Principles\n\n**Leadership**\n\nHolders of public office "
              "should exhibit these "
              "principles in their own behaviour. They should actively promote and robustly "
              "support the principles "
              "and be willing to change poor behaviour wherever it occurs.\n");
    auto found = f.run_alone("text/canonical");
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "text/canonical");
    CHECK(found[0].message.find("'change' for 'challenge'") != std::string::npos);
}

TEST_CASE(
    "text/canonical near misses: the exact 2013 wording, the accepted 2021 Leadership wording") {
    Fixture f("# Appendix 1 – The Nolan Principles\n\n**Honesty**\n\nHolders of public office "
              "should be truthful.\n\n"
              "**Leadership**\n\nHolders of public office should exhibit these principles in their "
              "own behaviour and "
              "treat others with respect. They should actively promote and robustly support the "
              "principles and "
              "challenge poor behaviour wherever it occurs.\n\nSelflessness: Holders of public "
              "office should act "
              "solely in terms of the public interest.\n");
    CHECK(f.run_alone("text/canonical").empty());
}

TEST_CASE("text/canonical: the superseded 1995 wording is out of date") {
    Fixture f("# Appendix 1 – Principles\n\n**Honesty**\n\nHolders of public office have a duty to "
              "declare any private "
              "interests relating to their public duties and to take steps to resolve any "
              "conflicts arising in a way "
              "that protects the public interest.\n");
    auto found = f.run_alone("text/canonical");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("earlier wording") != std::string::npos);
}

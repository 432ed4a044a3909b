#include "rule_fixture.hpp"
#include "text/sentence_mood.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

std::vector<Diagnostic> gendered(const std::string& body) {
    Fixture f(body);
    return f.run("lang/gendered");
}

} // namespace

TEST_CASE("lang/gendered: paired forms are findings with a neutral suggestion") {
    auto found = gendered("# 9. Support\n\n9.2.13 A Chief Officer should be given the opportunity "
                          "of verifying comments "
                          "attributed to him / her in any written record.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "lang/gendered");
    CHECK(found[0].suggestion == "them");
    CHECK(found[0].span.begin.line == 7);
    CHECK(gendered("# 1. A\n\n1.1 The officer will tell him/her and he or she may reply; s/he must "
                   "sign.\n")
              .size() == 3);
}

TEST_CASE("lang/gendered: a generic pronoun in a rule is a finding") {
    auto found = gendered(
        "# 10. Correspondence\n\n10.2.3 The Mayor may initiate correspondence in his own name.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].suggestion == "their");
    CHECK(gendered("# 1. A\n\n1.1 The Chairman shall have a casting vote.\n").size() == 1);
}

TEST_CASE(
    "lang/gendered near misses: named people, narrative, quotations, titles and allowed titles") {
    // Minutes: a pronoun for a named person.
    CHECK(gendered("# 1. Minutes\n\n1.1 Hazel Best, Assistant Director, responded that the "
                   "protocol would be reviewed. "
                   "She would liaise with the Head of Human Resources.\n")
              .empty());
    CHECK(
        gendered(
            "# 1. Minutes\n\n1.1 The Monitoring Officer explained that she will report in April.\n")
            .empty());
    // The Chairman of a given meeting and the people named: the pronouns are theirs (the
    // title itself is a finding, below).
    auto thanks = gendered("# 1. Minutes\n\n1.1 The Chairman expressed his thanks to Mr Baggaley "
                           "for his service.\n");
    REQUIRE(thanks.size() == 1);
    CHECK(thanks[0].message.find("'Chairman'") != std::string::npos);
    CHECK(gendered("# 1. Minutes\n\n1.1 Mr Richards added that he was an Independent Person.\n")
              .empty());
    CHECK(gendered("# 1. Minutes\n\n1.1 The Monitoring Officer presented a report. She explained "
                   "the changes.\n")
              .empty());
    // Narrative, not a rule.
    CHECK(gendered("# 1. Case\n\n1.1 The vice-chair asks the officer if she could amend a "
                   "recommendation.\n")
              .empty());
    // Quotations, royal titles, capitals and allowed titles.
    CHECK(
        gendered("# 1. A\n\n1.1 The code says “he must declare it” and officers must follow it.\n")
            .empty());
    CHECK(gendered("# 1. A\n\n1.1 Officers must comply with Her Majesty's Government guidance.\n")
              .empty());
    CHECK(gendered("# 1. A\n\n1.1 HE institutions may apply.\n").empty());
    CHECK(gendered("# 1. A\n\n1.1 The Mayor and the Mayoress will attend civic events.\n").empty());
    CHECK(
        gendered("# 1. A\n\n1.1 Councillors must treat their colleagues with respect.\n").empty());
}

TEST_CASE("lang/gendered: gendered titles of office wherever they stand") {
    CHECK(gendered("# 1. Minutes\n\n1.1 Councillors R Walker (Chairman), A Phillips and R Butler.\n")
              .size() == 1);
    CHECK(gendered("# 1. Minutes\n\n1.1 The minutes were approved and signed by the Chairman.\n")
              .size() == 1);
    CHECK(gendered("# 1. Minutes\n\n1.1 Signed.\n\nCHAIRMAN\n").size() == 1);
    CHECK(gendered("# 1. Case\n\n1.1 During the regular chairman's briefing the vice-chair asks "
                   "a question.\n")
              .size() == 1);
    CHECK(gendered("# 1. A\n\n1.1 The Vice-Chairman presides in the absence of the Chair.\n")
              .size() == 1);
}

TEST_CASE("lang/gendered: a pronoun for whoever holds a role, in any mood") {
    auto found = gendered("# 6. Concerns\n\n6.3 If a Councillor is unhappy with the reply, he "
                          "feels able to raise it with the Monitoring Officer.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("'he'") != std::string::npos);
    CHECK(found[0].suggestion == "they");
    CHECK(gendered("# 6. A\n\n6.1 Any Officer who is asked to act improperly should tell his "
                   "manager.\n")
              .size() == 1);
    CHECK(gendered("# 6. A\n\n6.1 Where a Member has an interest, he must leave the room.\n")
              .size() == 1);
    // A report of what one unnamed person did is about that person.
    CHECK(gendered("# 1. Minutes\n\n1.1 A Member asked whether he could attend.\n").empty());
    // A character of a case study.
    CHECK(gendered("# 1. Case\n\n1.1 The officer representative on the group is resistant to "
                   "the idea. You understand her concerns.\n")
              .empty());
}

TEST_CASE("sentences are told apart as rules or reports") {
    CHECK(text::classify_sentence("A Councillor must declare the interest.").normative);
    CHECK_FALSE(text::classify_sentence("A Councillor must declare the interest.").narrative);
    CHECK(text::classify_sentence("Hazel Best confirmed that officers have to complete training.")
              .narrative);
    CHECK(text::classify_sentence("She would look into it.", "Mr Richards asked a question.")
              .narrative);
    CHECK(text::names_a_person("Councillor Ian Gilbert attended."));
    CHECK_FALSE(text::names_a_person("Councillor Bodies must meet."));
}

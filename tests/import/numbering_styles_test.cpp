// The numbering styles of councils' documents, one rule at a time: each with a fixture that
// must trigger it and a near miss that must not. Fixtures are inline text.
#include "import_support.hpp"
#include "load/clause_label.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

std::string parent_id(const Document& doc, const std::string& id) {
    UnitIndex u = doc.find(id);
    REQUIRE(u != kNoUnit);
    UnitIndex p = doc.units[static_cast<std::size_t>(u)].parent;
    return p == kNoUnit ? std::string() : doc.units[static_cast<std::size_t>(p)].id;
}

} // namespace

TEST_CASE("labels: (a), (1), (iv), a) and A. are read; others are not") {
    CHECK(match_clause_label("(a) the Leader;")->value == "a");
    CHECK(match_clause_label("(1) This Protocol")->digits);
    CHECK(match_clause_label("(iv) email")->roman);
    CHECK(match_clause_label("a) Members")->written == "a)");
    CHECK(match_clause_label("A. Members and Officers")->upper);
    CHECK(match_clause_label("(i) x")->alpha); // "i" reads both ways; the context decides
    // Near misses: words, initials before lower case, unbracketed numbers, no text.
    CHECK_FALSE(match_clause_label("(see below) the"));
    CHECK_FALSE(match_clause_label("A. smith"));
    CHECK_FALSE(match_clause_label("1) one"));
    CHECK_FALSE(match_clause_label("(a)"));
    CHECK_FALSE(match_clause_label("No. 5 Committee"));
    CHECK(label_follows("h", "i", LabelStyle::LowerAlpha));
    CHECK(label_follows("iv", "v", LabelStyle::LowerRoman));
    CHECK_FALSE(label_follows("a", "i", LabelStyle::LowerAlpha));
}

TEST_CASE("labelled clauses take their parent's number; (i) after (a) nests, after (h) follows") {
    Document doc =
        import_fixture("1. Scope\n\n(a) One.\n\n(b) Two:\n\n(i) first;\n\n(ii) second.\n\n"
                       "(c) Three.\n\n2. Letters\n\n(h) Eight.\n\n(i) Nine.\n");
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1(a)", "1(b)", "1(b)(i)", "1(b)(ii)",
                                                    "1(c)", "2", "2(h)", "2(i)"});
    CHECK(parent_id(doc, "1(c)") == "1");
    CHECK(parent_id(doc, "2(i)") == "2");
}

TEST_CASE("near miss: a label before any numbered unit stays text") {
    Document doc =
        import_fixture("Introduction text.\n\n(a) not a clause here.\n\n1. Scope\n\n1.1 Text.\n");
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1.1"});
}

TEST_CASE("section numbers without a dot: capitals or title case, in sequence") {
    ImportResult r;
    Document doc = import_fixture("1 INTRODUCTION\n\n1.1 Text one.\n\n2 The Roles of Members and "
                                  "Officers\n\n2.1 Text two.\n",
                                  &r);
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1.1", "2", "2.1"});
    CHECK(doc.units[static_cast<std::size_t>(doc.find("2"))].title ==
          "The Roles of Members and Officers");
    CHECK(has_note(r, 1, "without a dot"));
}

TEST_CASE("near miss: a count or an out-of-sequence number is not a section") {
    Document doc = import_fixture("1. Scope\n\n1.1 Text.\n\n3 Councillors attended the meeting.\n\n"
                                  "7 SEVEN PILLARS\n");
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1.1"});
}

TEST_CASE("a tab after the number is a space; a tab between cells is a table") {
    Document doc = import_fixture("1. Scope\n\n1.1\tThe Protocol applies.\n\n1.2\tIt is read with "
                                  "the Code.\n\nMembers\tOfficers\nSet policy\tAdvise\n");
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1.1", "1.2"});
    const Unit& last = doc.units[static_cast<std::size_t>(doc.find("1.2"))];
    bool table = false;
    for (const Block& b : last.blocks)
        table = table || b.kind == BlockKind::Table;
    CHECK(table);
}

TEST_CASE("one paragraph a line: labels and capitals headings are not merged") {
    ImportResult r;
    Document doc = import_fixture(
        "1. Introduction\n1.1 This Protocol is a guide to good relations and sets out the "
        "standards "
        "both are expected to meet in their conduct.\nROLES OF MEMBERS\n2.1 Members have several "
        "roles, which include:\n(a) representing their ward;\n(b) taking part in decisions; and\n"
        "(c) acting as community leaders.\n2.2 Members must not ask Officers to act improperly.\n",
        &r);
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1.1", "roles-of-members", "2.1", "2.1(a)",
                                                    "2.1(b)", "2.1(c)", "2.2"});
    CHECK(has_note(r, 0, "one paragraph a line"));
}

TEST_CASE("near miss: text wrapped at the page width is still joined") {
    Document doc = import_fixture(
        "1. Introduction\n\n1.1 This Protocol is a guide to good working relations between\n"
        "Members and Officers and sets out the standards both are expected to\nmeet in their "
        "personal conduct at all times and in all places.\n");
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1.1"});
}

TEST_CASE("a clause number run onto the sentence before is split off") {
    ImportResult r;
    Document doc = import_fixture("1. Introduction\n\n1.1 First.\n\n1.2 Second in their personal "
                                  "conduct. 1.3    The Protocol must be read.\n",
                                  &r);
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1.1", "1.2", "1.3"});
    CHECK(has_note(r, 5, "split 1.3 off"));
}

TEST_CASE("near miss: a number in a sentence that is not the next clause stays") {
    Document doc = import_fixture("1. Introduction\n\n1.1 See the report of 2020. 7.2 The Act "
                                  "says otherwise.\n");
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1.1"});
}

TEST_CASE("metadata lines go to the front matter; a sentence about adoption stays") {
    ImportResult r;
    Document doc = import_fixture(
        "Member/Officer Protocol\n\nAdopted by Council on 19th January 2015\n\nVersion 2.1\n\n"
        "Time: 6.00 pm\n\n1. Scope\n\n1.1 The Protocol was adopted by Council on 19 January 2015 "
        "and reviewed since.\n",
        &r);
    CHECK(doc.metadata.extra["adopted"] == "2015-01-19");
    CHECK(doc.metadata.history.at(0).by == "Council");
    CHECK(doc.metadata.version == "2.1");
    CHECK_FALSE(doc.metadata.extra.contains("time"));
    CHECK(has_note(r, 7, "as text: the time of the meeting"));
    CHECK(import_body("Member/Officer Protocol\n\nVersion 2.1\n\n1. Scope\n\n1.1 The Protocol was "
                      "adopted by Council on 19 January 2015.\n")
              .find("adopted by Council on 19 January 2015") != std::string::npos);
}

TEST_CASE("the document title names its place: SECTION 15 and Part 5(d)") {
    Document a = import_fixture("SECTION 15 – MEMBER/OFFICER PROTOCOL\n\n1. Scope\n\n1.1 Text.\n");
    CHECK(a.metadata.part == "Section 15");
    CHECK(a.metadata.title == "MEMBER/OFFICER PROTOCOL");
    Document b = import_fixture("Part 5(d) – Protocol on Relations\n\n1. Scope\n\n1.1 Text.\n");
    CHECK(b.metadata.part == "Part 5(d)");
}

TEST_CASE("lists numbered from 1 under a numbered heading are read as a reader cites them") {
    ImportResult r;
    Document doc = import_fixture("1. Introduction\n\n1. This applies to all.\n\n2. It explains "
                                  "the rules:\n\n    1. First rule;\n\n    2. Second rule.\n\n"
                                  "3. It is reviewed.\n\n2. Working Together\n\n1. Be clear.\n",
                                  &r);
    CHECK(unit_ids(doc) ==
          std::vector<std::string>{"1", "1.1", "1.2", "1.2.1", "1.2.2", "1.3", "2", "2.1"});
    CHECK(has_note(r, 3, "numbered the list item 1.1"));
}

TEST_CASE("near miss: a numbered list with no numbered heading keeps its numbers as text") {
    Document doc = import_fixture("Introduction\n\nSome text here.\n\n1. Write to the Chief "
                                  "Executive.\n\n2. Wait for a reply.\n");
    CHECK(unit_ids(doc) == std::vector<std::string>{"introduction"});
}

TEST_CASE("the 'In terms of X, Councillors will:' layout gives a unit per side") {
    ImportResult r;
    Document doc = import_fixture("Supporting Scrutiny\n\nIn terms of scrutiny, Councillors "
                                  "will:\n\n- ask relevant questions\n\nIn terms of scrutiny, "
                                  "officers will:\n\n- provide information\n",
                                  &r);
    CHECK(unit_ids(doc) == std::vector<std::string>{"supporting-scrutiny", "scrutiny-councillors",
                                                    "scrutiny-officers"});
    CHECK(parent_id(doc, "scrutiny-officers") == "supporting-scrutiny");
}

TEST_CASE("near miss: 'In terms of' in running text is not a lead-in") {
    Document doc = import_fixture("1. Scope\n\n1.1 In terms of scrutiny, the committee decides.\n");
    CHECK(unit_ids(doc) == std::vector<std::string>{"1", "1.1"});
}

TEST_CASE("section numbers of four digits import in order", "[import][numbering]") {
    std::string text;
    for (int n = 1; n <= 1002; ++n)
        text += std::to_string(n) + ". Section " + std::to_string(n) + "\n\n" + std::to_string(n) +
                ".1 The clause of section " + std::to_string(n) + ".\n\n";
    Document doc = import_fixture(text);
    std::vector<std::string> ids = unit_ids(doc);
    REQUIRE(ids.size() == 2004);
    CHECK(ids[1996] == "999");
    CHECK(ids[1998] == "1000");
    CHECK(ids[1999] == "1000.1");
    CHECK(ids[2002] == "1002");
    CHECK(ids[2003] == "1002.1");
    CHECK(parent_id(doc, "1001.1") == "1001");
}

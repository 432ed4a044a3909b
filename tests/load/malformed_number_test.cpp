#include "load/malformed_number.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using clerk::test::load_markdown;

namespace {

// The IDs and numbers as written of every clause, in document order: "5.7=5..7".
std::string clauses(const Document& doc) {
    std::string out;
    for (const Unit& u : doc.units) {
        if (u.kind != UnitKind::Clause) continue;
        out += (out.empty() ? "" : " ") + u.id;
        if (u.number != u.id) out += "=" + u.number;
    }
    return out;
}

} // namespace

TEST_CASE("numbers with a slip are recognised with the slip named", "[load][malformed]") {
    auto doubled = match_malformed_number("5..7 To carry out duties.");
    REQUIRE(doubled);
    CHECK(doubled->written == "5..7");
    CHECK(doubled->repaired == "5.7");
    CHECK(doubled->slip == "a doubled dot");
    CHECK(doubled->length == 5);

    auto comma = match_malformed_number("5,7 To carry out duties.");
    REQUIRE(comma);
    CHECK(comma->repaired == "5.7");
    CHECK(comma->slip == "a comma for a dot");

    auto letter = match_malformed_number("5.O To carry out duties.");
    REQUIRE(letter);
    CHECK(letter->written == "5.O");
    CHECK(letter->repaired.empty()); // 5.0 is no clause number
    CHECK(letter->slip == "a letter where a digit should be");

    auto ten = match_malformed_number("9.1O Officers will ...");
    REQUIRE(ten);
    CHECK(ten->repaired == "9.10");

    auto trailing = match_malformed_number("3,2. The Council ...");
    REQUIRE(trailing);
    CHECK(trailing->written == "3,2.");
    CHECK(trailing->repaired == "3.2");
}

TEST_CASE("sums, dates, times and prose are not numbers with a slip", "[load][malformed]") {
    for (const char* text :
         {"2,500 Councillors attended.", "5.7 To carry out duties.", "10,000 People",
          "5..7 to carry out", "5,7", "11.11.2020 The", "5.Officers must", "O.5 The",
          "5, The Council", "1.5 million", "5.On Tuesday"}) {
        INFO(text);
        CHECK_FALSE(match_malformed_number(text));
    }
}

TEST_CASE("what may come next in a numbering", "[load][malformed]") {
    CHECK(continues_numbering("7.1.6", "7.1.7"));
    CHECK(continues_numbering("7.1.6", "7.2"));
    CHECK(continues_numbering("7.1.6", "8"));
    CHECK(continues_numbering("7.1.6", "7.1.6.1"));
    CHECK_FALSE(continues_numbering("7.1.6", "7.17"));
    CHECK_FALSE(continues_numbering("7.1.6", "7.1.8"));
    CHECK(next_number_like("5.6", "5.O") == "5.7");
    CHECK(next_number_like("5", "5.O") == "5.1");
    CHECK(next_number_like("6.2", "5.O").empty()); // the written 5 disagrees
    CHECK(run_together_number("7.1.6", "7.17") == "7.1.7");
    CHECK(run_together_number("7.1.9", "7.110") == "7.1.10");
    CHECK(run_together_number("2.1", "2.11").empty()); // a gap, not a lost dot
    CHECK(run_together_number("7.1.6", "7.2").empty());
    CHECK(run_together_number("7.1.6", "7.18").empty());
}

TEST_CASE("a clause with a slip keeps its written number and takes the number meant",
          "[load][malformed]") {
    auto r = load_markdown("# 5. Principles\n\n5.6 Six.\n\n5..7 Seven.\n\n5.8 Eight.\n\n"
                           "5,9 Nine.\n\n5.O Ten.\n\n# 7. Roles\n\n## 7.1 Officers\n\n"
                           "7.1.6 Six.\n\n7.17 Seven.\n\n7.1.8 Eight.\n");
    REQUIRE(r.ok());
    CHECK(clauses(*r.document) == "5.6 5.7=5..7 5.8 5.9=5,9 5.10=5.O 7.1.6 7.1.7=7.17 7.1.8");
    const Document& doc = *r.document;
    const Unit& seven = doc.units[static_cast<std::size_t>(doc.find("5.7"))];
    CHECK(seven.span.begin.line == 5);
    CHECK(doc.units[static_cast<std::size_t>(seven.parent)].id == "5");
    const Unit& run = doc.units[static_cast<std::size_t>(doc.find("7.1.7"))];
    CHECK(doc.units[static_cast<std::size_t>(run.parent)].id == "7.1");
}

TEST_CASE("a slip that fits no numbering stays text", "[load][malformed]") {
    auto r = load_markdown("# 7. Roles\n\n7.1 One.\n\n2,50 Councillors attended in 2019.\n");
    REQUIRE(r.ok());
    CHECK(clauses(*r.document) == "7.1");
}

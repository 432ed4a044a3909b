// Synthetic edits of the bundled protocol with a known ground truth: each true change is
// one row of the schedule, however many numbers and references it shifts.
#include "diff/compare.hpp"
#include "diff/schedule.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <regex>

using namespace clerk;
using namespace clerk::diff;
using namespace clerk::test;

namespace {

std::string bundled_text() {
    return slurp(bundled_protocol());
}

// Renumbers clauses `section`.N for N >= from by `shift` (the way a drafter would).
std::string renumber(std::string text, const std::string& section, int from, int shift) {
    std::regex clause("(^|\n)" + std::regex_replace(section, std::regex(R"(\.)"), R"(\.)") +
                      R"(\.(\d+) )");
    std::string out;
    std::sregex_iterator it(text.begin(), text.end(), clause), end;
    std::size_t at = 0;
    for (; it != end; ++it) {
        int n = std::stoi((*it)[2]);
        out += text.substr(at, static_cast<std::size_t>(it->position()) - at);
        out += (*it)[1].str() + section + "." + std::to_string(n >= from ? n + shift : n) + " ";
        at = static_cast<std::size_t>(it->position() + it->length());
    }
    return out + text.substr(at);
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

struct Compared {
    Document before, after;
    DocumentDiff diff;
    Schedule schedule;
};

std::unique_ptr<Compared> compare(const std::string& old_text, const std::string& new_text) {
    auto c = std::make_unique<Compared>();
    LoadResult a = load_markdown(old_text, "old.md"), b = load_markdown(new_text, "new.md");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    c->before = std::move(*a.document);
    c->after = std::move(*b.document);
    c->diff = diff_documents(c->before, c->after);
    c->schedule = make_schedule(c->diff);
    return c;
}

std::size_t substantive_rows(const Schedule& s) {
    std::size_t n = 0;
    for (const ScheduleRow& row : s.rows)
        n += row.renumbering ? 0 : 1;
    return n;
}

} // namespace

TEST_CASE("a clause inserted mid-section is one addition, one renumbering run and the "
          "references that follow",
          "[diff][synthetic]") {
    std::string edited = renumber(bundled_text(), "5", 4, 1);
    edited = replace_once(edited, "\n5.5 ",
                          "\n5.4 Councillors and Officers will treat each other with courtesy "
                          "in meetings, briefings and correspondence.\n\n5.5 ");
    edited = replace_once(edited, "(see Sections 5.7 and 9.3.5)", "(see Sections 5.8 and 9.3.5)");
    auto c = compare(bundled_text(), edited);
    const Schedule& s = c->schedule;
    CHECK(s.added == 1);
    CHECK(s.removed == 0);
    CHECK(s.amended == 0);
    CHECK(s.moved == 0);
    CHECK(s.renumbered == 6);
    REQUIRE(s.rows.size() == 2);
    CHECK(s.rows[0].change == "Added");
    CHECK(s.rows[0].new_number == "5.4");
    CHECK(s.rows[1].summary == "5.4–5.9 renumbered 5.5–5.10");
    REQUIRE(s.consequential.size() == 1);
    CHECK(s.consequential[0].unit == "9.1.15");
    CHECK(s.consequential[0].summary == "‘5.7’ now reads ‘5.8’");
    CHECK(c->diff.drifts.empty());
}

TEST_CASE("a deleted clause is one removal and a renumbering run", "[diff][synthetic]") {
    std::string text = bundled_text();
    std::size_t begin = text.find("\n7.1.5 ");
    std::size_t end = text.find("\n7.1.6 ");
    std::string edited = text.substr(0, begin) + text.substr(end);
    edited = renumber(edited, "7.1", 6, -1);
    auto c = compare(text, edited);
    CHECK(substantive_rows(c->schedule) == 1);
    CHECK(c->schedule.removed == 1);
    CHECK(c->schedule.rows.front().old_number == "7.1.5");
    REQUIRE(c->schedule.rows.size() == 2);
    CHECK(c->schedule.rows[1].summary == "7.1.6–7.1.7 renumbered 7.1.5–7.1.6");
}

TEST_CASE("a clause moved to another section is one move", "[diff][synthetic]") {
    std::string text = bundled_text();
    std::size_t begin = text.find("\n7.1.4 ");
    std::size_t end = text.find("\n7.1.5 ");
    std::string clause = text.substr(begin + 7, end - begin - 7); // text after "7.1.4 "
    std::string edited = text.substr(0, begin) + text.substr(end);
    edited = renumber(edited, "7.1", 5, -1);
    edited = replace_once(edited, "\n# 11. Ceremonial Events",
                          "\n10.2.6 " + clause + "# 11. Ceremonial Events");
    auto c = compare(text, edited);
    CHECK(substantive_rows(c->schedule) == 1);
    CHECK(c->schedule.moved == 1);
    CHECK(c->schedule.amended == 0);
    CHECK(c->schedule.added == 0);
    CHECK(c->schedule.removed == 0);
}

TEST_CASE("one word amended is one row naming the words", "[diff][synthetic]") {
    std::string text = bundled_text();
    std::string edited =
        replace_once(text, "must at all times be well mannered", "must at all times be courteous");
    auto c = compare(text, edited);
    REQUIRE(c->schedule.rows.size() == 1);
    CHECK(c->schedule.rows[0].old_number == "7.1.4");
    CHECK(c->schedule.rows[0].summary == "Amended: ‘well mannered’ replaced by ‘courteous’");
}

TEST_CASE("a change made to one of two parallel provisions is drift", "[diff][synthetic]") {
    // Both statements of the duty say "he / she"; the redraft fixes only one.
    std::string old_text = replace_once(bundled_text(), "that Councillor will not disclose",
                                        "he / she will not disclose");
    old_text = replace_once(old_text, "to a Councillor, they will not disclose",
                            "to a Councillor, he / she will not disclose");
    std::string new_text = replace_once(old_text, "to a Councillor, he / she will not disclose",
                                        "to a Councillor, they will not disclose");
    auto c = compare(old_text, new_text);
    REQUIRE(c->diff.drifts.size() == 1);
    CHECK(c->schedule.drifts.front() ==
          "5.7 and 9.3.5 stated the same provision; 5.7 changed (‘he / she’ replaced by "
          "‘they’) but 9.3.5 did not");

    // Changing both keeps them together: no drift.
    std::string both =
        replace_once(new_text, "he / she will not disclose", "that Councillor will not disclose");
    CHECK(compare(old_text, both)->diff.drifts.empty());
}

TEST_CASE("identical documents have no changes", "[diff][synthetic]") {
    auto c = compare(bundled_text(), bundled_text());
    CHECK(c->diff.identical());
    CHECK(c->schedule.rows.empty());
    CHECK(c->diff.matched == c->after.units.size());
}

TEST_CASE("unrelated documents are all removals and additions, not amendments",
          "[diff][synthetic]") {
    auto c = compare(bundled_text(), slurp(repo_path("protocol-text/southend/action-plan.md")));
    CHECK(c->schedule.amended == 0);
    CHECK(c->diff.matched < 5);
}

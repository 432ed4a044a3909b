#include "load/front_matter_validation.hpp"
#include "model/document_kinds.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using clerk::test::load_markdown;

namespace {

// A document with the given front-matter lines (line 2 onwards) and one clause.
LoadResult with_front_matter(const std::string& lines) {
    return load_markdown("---\n" + lines + "---\n# 1. Intro\n\n1.1 Text.\n", "draft.md");
}

} // namespace

TEST_CASE("a misspelt front matter key is an error at its line with the key meant",
          "[load][front-matter]") {
    auto r = with_front_matter("title: Protocol\nstatuss: draft\n");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    const Diagnostic& d = r.diagnostics[0];
    CHECK(d.code == "load/front-matter");
    CHECK(d.file == "draft.md");
    CHECK(d.span.begin.line == 3);
    CHECK(d.span.begin.column == 1);
    CHECK(d.message == "unknown front matter key 'statuss': did you mean 'status'?");
    CHECK(d.suggestion.find("write 'status:'") == 0);
}

TEST_CASE("a council's own keys are kept, not reported", "[load][front-matter]") {
    auto r = with_front_matter("title: Protocol\nreconstruction: for demonstration\n"
                               "owner: Democratic Services\nreview: { every: 4y }\n");
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    CHECK(r.document->metadata.extra["owner"] == "Democratic Services");
}

TEST_CASE("the status must be one of the vocabulary", "[load][front-matter]") {
    auto r = with_front_matter("status: drafted\n");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].span.begin.line == 2);
    CHECK(r.diagnostics[0].span.begin.column == 9);
    CHECK(r.diagnostics[0].message == "unknown status 'drafted': did you mean 'draft'?");
    CHECK(r.diagnostics[0].suggestion ==
          "the status is one of: draft | consultation | recommended | adopted | superseded");

    auto far = with_front_matter("status: approved in principle\n");
    REQUIRE(far.diagnostics.size() == 1);
    CHECK(far.diagnostics[0].message == "unknown status 'approved in principle'");

    for (const std::string& s : known_statuses()) {
        INFO(s);
        CHECK(with_front_matter("status: " + s + "\n").ok());
    }
}

TEST_CASE("dates must be real YYYY-MM-DD dates", "[load][front-matter]") {
    auto r = with_front_matter("version: \"2.0\"\ndate: 2020-13-45\n");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].span.begin.line == 3);
    CHECK(r.diagnostics[0].message == "'date: 2020-13-45' is not a date: there is no month 13");

    std::string why;
    CHECK(is_iso_date("2020-02-29", why));
    CHECK_FALSE(is_iso_date("2021-02-29", why));
    CHECK(why == "month 2 of 2021 has 28 days");
    CHECK_FALSE(is_iso_date("1900-02-29", why));
    CHECK(is_iso_date("2000-02-29", why));
    CHECK_FALSE(is_iso_date("2020-04-31", why));
    CHECK_FALSE(is_iso_date("11/11/2020", why));
    CHECK(why == "dates are written YYYY-MM-DD");
    CHECK_FALSE(is_iso_date("2020-1-1", why));
    CHECK_FALSE(is_iso_date("2020-00-10", why));
}

TEST_CASE("history entries are checked like the document's own fields", "[load][front-matter]") {
    auto r = with_front_matter(
        "history:\n"
        "  - { version: \"1.0\", date: 2014-05-22, status: adopted, by: Council }\n"
        "  - { version: \"1.1\", date: 2016-02-30, staus: adopted, by: Council }\n");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].span.begin.line == 4);
    CHECK(r.diagnostics[0].message ==
          "'date: 2016-02-30' is not a date: month 2 of 2016 has 29 days");
    CHECK(r.diagnostics[1].span.begin.line == 4);
    CHECK(r.diagnostics[1].message ==
          "unknown key in a history entry 'staus': did you mean 'status'?");
}

TEST_CASE("the version is a version string", "[load][front-matter]") {
    for (const char* good : {"2.0", "3", "2024.1", "v2", "1.0-rc1", "10.2.3"}) {
        INFO(good);
        CHECK(is_version_string(good));
    }
    for (const char* bad : {"two", "draft", "2..0", "2.", ".2", "2.0 (draft)", "", "v"}) {
        INFO(bad);
        CHECK_FALSE(is_version_string(bad));
    }
    auto r = with_front_matter("version: second draft\n");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "'version: second draft' is not a version string");
    CHECK(with_front_matter("version: 2.0\n").ok()); // unquoted, as YAML writes it
}

TEST_CASE("every problem of the block is reported at once", "[load][front-matter]") {
    auto r = with_front_matter("titel: Protocol\nstatus: adoptd\ndate: 2020-11-31\n");
    REQUIRE(r.diagnostics.size() == 3);
    CHECK(r.diagnostics[0].span.begin.line == 2);
    CHECK(r.diagnostics[1].span.begin.line == 3);
    CHECK(r.diagnostics[2].span.begin.line == 4);
}

TEST_CASE("closest_word suggests only likely misspellings", "[load][front-matter]") {
    std::vector<std::string_view> keys{"title", "status", "date", "part"};
    CHECK(closest_word("statuss", keys, false) == "status");
    CHECK(closest_word("tilte", keys, false) == "title");
    CHECK(closest_word("owner", keys, false).empty());
    CHECK(closest_word("at", keys, false).empty());
    std::vector<std::string_view> statuses{"draft", "adopted"};
    CHECK(closest_word("drafted", statuses, true) == "draft");
    CHECK(closest_word("drafting", statuses, true) == "draft");
    CHECK(closest_word("drafting", statuses, false).empty());
}

TEST_CASE("the kind must be one of the vocabulary", "[load][front-matter]") {
    auto r = with_front_matter("title: Review\nkind: reports\n");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].span.begin.line == 3);
    CHECK(r.diagnostics[0].span.begin.column == 7);
    CHECK(r.diagnostics[0].message == "unknown kind 'reports': did you mean 'report'?");
    CHECK(r.diagnostics[0].suggestion ==
          "the kind is one of: protocol | action-plan | agenda | minutes | report | appendix");
    CHECK(with_front_matter("kind: Action Plan\n").diagnostics[0].message ==
          "unknown kind 'Action Plan': did you mean 'action-plan'?");
    CHECK(with_front_matter("kind: standing orders\n").diagnostics[0].message ==
          "unknown kind 'standing orders'");
    // Every kind the import split writes, and the protocol and action plan.
    for (const std::string& k : known_kinds()) {
        INFO(k);
        CHECK(with_front_matter("kind: " + k + "\n").ok());
    }
}

TEST_CASE("every key Clerk itself writes or reads is known", "[load][front-matter]") {
    // What `clerk import` writes (a metadata line's adopted/updated date, a meeting's time,
    // a report's appendices), an action plan's protocol, the PDF's keywords, the review cycle.
    auto r = with_front_matter("title: Protocol\ntime: 6.00 pm\nadopted: 2020-11-11\n"
                               "updated: 2021-01-05\nappendices: [protocol.md, plan.md]\n"
                               "protocol: protocol.md\nkeywords: [conduct, officers]\n"
                               "review: { every: 4y }\ndefinitions: \"1.2\"\n");
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    CHECK(r.document->metadata.extra["time"] == "6.00 pm");
    // A short key of the council's own is not taken for a misspelling of one of them.
    auto own = with_front_matter("title: Protocol\ntype: guidance\n");
    REQUIRE(own.ok());
    CHECK(own.diagnostics.empty());
    auto misspelt = with_front_matter("title: Protocol\ntiem: 6.00 pm\nkeyword: conduct\n");
    REQUIRE(misspelt.diagnostics.size() == 1);
    CHECK(misspelt.diagnostics[0].message ==
          "unknown front matter key 'keyword': did you mean 'keywords'?");
}

TEST_CASE("a report's appendices are a list of file names", "[load][front-matter]") {
    auto r = with_front_matter("kind: report\nappendices: protocol.md\n");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].span.begin.line == 3);
    CHECK(r.diagnostics[0].message == "'appendices' must be a list of file names");
    CHECK(with_front_matter("kind: report\nappendices: [a.md, {x: 1}]\n").diagnostics.size() == 1);
    CHECK(with_front_matter("kind: report\nappendices:\n  - a.md\n  - b.md\n").ok());
}

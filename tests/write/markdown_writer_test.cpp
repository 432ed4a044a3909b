#include "support/helpers.hpp"
#include "write/json_writer.hpp"
#include "write/markdown_writer.hpp"

#include <catch2/catch.hpp>

using namespace clerk;

namespace {

// JSON of the model without source positions, for comparing two routes to one model.
nlohmann::ordered_json without_positions(nlohmann::ordered_json j) {
    if (j.is_object()) {
        j.erase("line");
        j.erase("column");
        for (auto& [k, v] : j.items())
            v = without_positions(v);
    } else if (j.is_array()) {
        for (auto& v : j)
            v = without_positions(v);
    }
    return j;
}

} // namespace

TEST_CASE("canonical Markdown reads back as the same model and the same bytes",
          "[write][markdown]") {
    const std::string source =
        "---\ntitle: \"Protocol: Relations\"\nversion: \"2.0\"\nstatus: draft\n"
        "history:\n  - { version: \"1.0\", date: 2014-05-22, status: adopted, by: Council "
        "}\nreview: { every: 4y }\n---\n"
        "Preamble text.\n\n# 1. Introduction\n\n## 1.1 Content\n\nIntro *with* **markup**, `code` "
        "and [a link](https://example.org).\n\n"
        "1.1.1 Clause with a star \\* and an underscore \\_ and 5 < 6.\n\n- one;\n  - nested a\n  "
        "- nested b\n- two\n\n"
        "1. ordered\n2. list\n\n> quoted text\n\n## Quick Guide {#quick-guide}\n\n| A | B \\| C "
        "|\n| --- | --- |\n| x | y |\n\n"
        "# Appendix 1 – Principles\n\n## Selflessness\n\nHolders.\n";
    auto first = test::load_markdown(source);
    REQUIRE(first.ok());
    std::string written = write_markdown(*first.document);
    auto second = test::load_markdown(written);
    REQUIRE(second.ok());
    CHECK(without_positions(document_to_json(*first.document)) ==
          without_positions(document_to_json(*second.document)));
    CHECK(write_markdown(*second.document) == written);
}

TEST_CASE("text that looks like markup at a line start is escaped", "[write][markdown]") {
    Document doc;
    Unit unit;
    unit.id = "1";
    unit.number = "1.";
    unit.title = "A";
    unit.kind = UnitKind::Section;
    unit.heading_level = 1;
    Block p;
    p.inlines.push_back(Inline{InlineKind::Text, "- not a list", "", {}, {}});
    unit.blocks.push_back(p);
    Block q;
    q.inlines.push_back(Inline{InlineKind::Text, "12. not a list either", "", {}, {}});
    unit.blocks.push_back(q);
    doc.units.push_back(std::move(unit));
    doc.roots.push_back(0);
    std::string md = write_markdown(doc);
    auto back = test::load_markdown(md);
    REQUIRE(back.ok());
    REQUIRE(back.document->units[0].blocks.size() == 2);
    CHECK(back.document->units[0].blocks[0].kind == BlockKind::Paragraph);
    CHECK(back.document->units[0].blocks[1].kind == BlockKind::Paragraph);
}

TEST_CASE("JSON export has the stable clerk/1 shape", "[write][json]") {
    auto r = test::load_markdown(
        "---\ntitle: T\nversion: \"2.0\"\n---\n# 1. Intro\n\n1.1 Councillor text.\n\n- item\n");
    REQUIRE(r.ok());
    auto j = document_to_json(*r.document);
    CHECK(j["format"] == "clerk/1");
    CHECK(j["metadata"]["title"] == "T");
    CHECK(j["metadata"]["version"] == "2.0");
    REQUIRE(j["units"].size() == 1);
    const auto& s = j["units"][0];
    CHECK(s["id"] == "1");
    CHECK(s["number"] == "1.");
    CHECK(s["kind"] == "section");
    CHECK(s["title"] == "Intro");
    CHECK(s["line"] == 5);
    REQUIRE(s["children"].size() == 1);
    const auto& c = s["children"][0];
    CHECK(c["id"] == "1.1");
    CHECK(c["kind"] == "clause");
    CHECK(c["text"] == "Councillor text.\nitem");
    CHECK(c["line"] == 7);
    CHECK(c["children"].empty());
}

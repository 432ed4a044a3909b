#include "model/plain_text.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using clerk::test::load_markdown;

namespace {

const Unit& unit(const Document& doc, const char* id) {
    UnitIndex i = doc.find(id);
    INFO(id);
    REQUIRE(i != kNoUnit);
    return doc.units[static_cast<std::size_t>(i)];
}

} // namespace

TEST_CASE("front matter becomes metadata", "[load][markdown]") {
    auto r = load_markdown(
        "---\ntitle: Protocol\ncouncil: Southend\npart: Part 5(d)\nversion: \"2.0\"\n"
        "status: draft\ndate: 2020-11-11\nmeeting: Standards Committee\n"
        "history:\n  - { version: \"1.0\", date: 2014-05-22, status: adopted, by: Council }\n"
        "review: { every: 4y }\n---\n# 1. Intro\n\n1.1 Text.\n");
    REQUIRE(r.ok());
    const Metadata& m = r.document->metadata;
    CHECK(m.title == "Protocol");
    CHECK(m.part == "Part 5(d)");
    CHECK(m.version == "2.0");
    CHECK(m.date == "2020-11-11");
    REQUIRE(m.history.size() == 1);
    CHECK(m.history[0].by == "Council");
    CHECK(m.extra["review"]["every"] == "4y");
    // Line numbers are the file's, front matter included.
    CHECK(unit(*r.document, "1").span.begin.line == 13);
    CHECK(unit(*r.document, "1.1").span.begin.line == 15);
}

TEST_CASE("numbered headings, clauses and nesting", "[load][markdown]") {
    auto r = load_markdown("# 5. Principles\n\n5.1 Like all partnerships:\n\n- Mutual trust;\n  - "
                           "nested\n- A common purpose\n\n"
                           "Trailing paragraph of 5.1.\n\n## 5.2 Titled\n\n5.2.1 First "
                           "clause.\n\n**5.2.2** Bold number.\n");
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    const Unit& s5 = unit(doc, "5");
    CHECK(s5.kind == UnitKind::Section);
    CHECK(s5.number == "5.");
    CHECK(s5.title == "Principles");
    CHECK(s5.heading_level == 1);
    const Unit& c51 = unit(doc, "5.1");
    CHECK(c51.kind == UnitKind::Clause);
    CHECK(c51.parent == doc.find("5"));
    REQUIRE(c51.blocks.size() == 3); // opening paragraph, list, trailing paragraph
    CHECK(plain_text(c51.blocks[0].inlines) == "Like all partnerships:");
    CHECK(c51.blocks[1].kind == BlockKind::BulletList);
    REQUIRE(c51.blocks[1].children.size() == 2);
    CHECK(c51.blocks[1].children[0].children.size() == 2); // paragraph + nested list
    CHECK(c51.number_pos == SourcePos{3, 1});
    CHECK(c51.title_pos == SourcePos{3, 5});
    CHECK(unit(doc, "5.2").parent == doc.find("5"));
    CHECK(unit(doc, "5.2.1").parent == doc.find("5.2"));
    const Unit& bold = unit(doc, "5.2.2");
    CHECK(plain_text(bold) == "Bold number.");
    CHECK(bold.parent == doc.find("5.2"));
}

TEST_CASE("inline positions point at the words", "[load][markdown]") {
    auto r = load_markdown("# 1. A\n\n1.1 See *Section* 9.5 and `code`.\n");
    REQUIRE(r.ok());
    const Unit& c = unit(*r.document, "1.1");
    PlainText text = positioned_text(c.blocks[0].inlines);
    CHECK(text.text == "See Section 9.5 and code.");
    auto at = text.text.find("9.5");
    CHECK(text.position(at) == SourcePos{3, 19});
    CHECK(text.position(text.text.find("Section")) == SourcePos{3, 10});
}

TEST_CASE("appendices, explicit IDs and unnumbered headings", "[load][markdown]") {
    auto r = load_markdown("# 6. Roles\n\n## Quick Guide to Roles {#quick-guide}\n\n| Councillors "
                           "| Officers |\n|---|---|\n"
                           "| Elected | Employed |\n\n# Appendix 1 – The Nolan Principles\n\n## "
                           "Selflessness\n\nHolders of public office.\n");
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    const Unit& guide = unit(doc, "quick-guide");
    CHECK(guide.explicit_id);
    CHECK(guide.title == "Quick Guide to Roles");
    CHECK(guide.parent == doc.find("6"));
    REQUIRE(guide.blocks.size() == 1);
    const Block& table = guide.blocks[0];
    CHECK(table.kind == BlockKind::Table);
    CHECK(table.header);
    REQUIRE(table.rows.size() == 2);
    CHECK(plain_text(table.rows[1].cells[1].inlines) == "Employed");
    const Unit& app = unit(doc, "appendix-1");
    CHECK(app.kind == UnitKind::Appendix);
    CHECK(app.number == "Appendix 1");
    CHECK(app.title == "The Nolan Principles");
    CHECK(app.parent == kNoUnit);
    REQUIRE(app.blocks.size() == 2);
    CHECK(app.blocks[0].kind == BlockKind::Heading);
    CHECK(plain_text(app.blocks[0].inlines) == "Selflessness");
}

TEST_CASE("definitions clauses define their terms", "[load][markdown]") {
    auto r = load_markdown(
        "# 1. Introduction\n\n## 1.2 Definitions\n\nUnless the context indicates otherwise:\n\n"
        "1.2.1 Councillor includes a non-elected Co-opted Member.\n\n"
        "1.2.2 **Cabinet Member** refers to the Leader.\n\n"
        "1.2.3 Designated Finance Officer means the Executive Director.\n\n"
        "1.2.4 Members Support Hub refers to an Officer function.\n\n"
        "1.2.5 This clause defines nothing in particular.\n\n"
        "# 2. Scope\n\n2.1 Officer means nothing here: not a definitions unit.\n");
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    CHECK(unit(doc, "1.2.1").definition->term == "Councillor");
    CHECK(unit(doc, "1.2.2").definition->term == "Cabinet Member");
    CHECK(unit(doc, "1.2.3").definition->term == "Designated Finance Officer");
    CHECK(unit(doc, "1.2.4").definition->term == "Members Support Hub");
    CHECK(unit(doc, "1.2.3").definition->pos == SourcePos{11, 7});
    CHECK_FALSE(unit(doc, "1.2.5").definition);
    CHECK_FALSE(unit(doc, "2.1").definition);
    CHECK(doc.definitions().size() == 4);
}

TEST_CASE("the definitions unit can be named in front matter", "[load][markdown]") {
    auto r = load_markdown(
        "---\ndefinitions: \"2\"\n---\n# 2. Terms Used\n\n2.1 Officer means an employee.\n");
    REQUIRE(r.ok());
    CHECK(unit(*r.document, "2.1").definition->term == "Officer");
}

TEST_CASE("text that must not become a clause", "[load][markdown]") {
    auto r = load_markdown("# 8. Decisions\n\n8.1.4 Councillors must be aware of the Code:\n\n"
                           "- 5(a) – You must not use or attempt to use your position.\n"
                           "- 6-11 – The rules on Disclosable Pecuniary Interests.\n\n"
                           "10.30 am The meeting resumed.\n\n11.11.2020 Meeting date.\n\n"
                           "1.5 million residents were consulted.\n\n28 July 2020 was the date.\n");
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    // Only the section and 8.1.4 are units; everything else is content of 8.1.4.
    REQUIRE(doc.units.size() == 2);
    CHECK(doc.units[1].id == "8.1.4");
    CHECK(doc.units[1].blocks.size() == 6);
}

TEST_CASE("content before the first unit is the preamble", "[load][markdown]") {
    auto r =
        load_markdown("# Protocol on Relations\n\nAn introduction.\n\n# 1. Scope\n\n1.1 Text.\n");
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    REQUIRE(doc.units.front().kind == UnitKind::Preamble);
    CHECK(doc.units.front().blocks.size() == 2);
    CHECK(doc.roots.size() == 2);
}

TEST_CASE("raw HTML is kept as such, never as markup", "[load][markdown]") {
    auto r = load_markdown(
        "# 1. A\n\n<!-- clerk-disable-next-line ref/broken -->\n1.1 Text <b>x</b>.\n");
    REQUIRE(r.ok());
    const Unit& a = unit(*r.document, "1");
    REQUIRE(a.blocks.size() >= 1);
    CHECK(a.blocks[0].kind == BlockKind::RawHtml);
}

TEST_CASE("bad input is a diagnostic with a line", "[load][errors]") {
    SECTION("empty") {
        auto r = load_markdown("  \n\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].message.find("empty document") != std::string::npos);
    }
    SECTION("front matter only") {
        auto r = load_markdown("---\ntitle: x\n---\n\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].message.find("empty document") != std::string::npos);
    }
    SECTION("unclosed front matter") {
        auto r = load_markdown("---\ntitle: x\n# 1. A\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].message.find("never closed") != std::string::npos);
    }
    SECTION("malformed YAML names the line") {
        auto r = load_markdown("---\ntitle: x\nversion: [1, 2\n---\n# 1. A\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].message.find("malformed front matter") != std::string::npos);
        CHECK(r.diagnostics[0].span.begin.line >= 3);
    }
    SECTION("history of the wrong shape") {
        auto r = load_markdown("---\nhistory: adopted\n---\n# 1. A\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].span.begin.line == 2);
    }
    SECTION("no numbered units") {
        auto r = load_markdown("# Notes\n\nJust some text.\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].message.find("no numbered units") != std::string::npos);
    }
    SECTION("invalid UTF-8 names line and byte") {
        auto r = load_markdown("# 1. A\n\n1.1 It\x92s here.\n");
        REQUIRE_FALSE(r.ok());
        const Diagnostic& d = r.diagnostics[0];
        CHECK(d.span.begin.line == 3);
        CHECK(d.span.begin.column == 7);
        CHECK(d.message.find("0x92") != std::string::npos);
        CHECK(d.message.find("Windows-1252") != std::string::npos);
    }
    SECTION("UTF-16") {
        auto r = load_markdown(std::string("\xFF\xFE#\0 \0", 6));
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].message.find("UTF-16") != std::string::npos);
    }
    SECTION("a byte-order mark is accepted") {
        auto r = load_markdown("\xEF\xBB\xBF# 1. A\n\n1.1 Text.\n");
        REQUIRE(r.ok());
    }
    SECTION("CRLF line endings") {
        auto r = load_markdown("---\r\ntitle: x\r\n---\r\n# 1. A\r\n\r\n1.1 Text.\r\n");
        REQUIRE(r.ok());
        CHECK(r.document->metadata.title == "x");
        CHECK(r.document->units[1].span.begin.line == 6);
    }
}

TEST_CASE("pathological input does not crash", "[load][pathological]") {
    std::string deep;
    for (int i = 0; i < 2000; ++i)
        deep += std::string(static_cast<std::size_t>(i % 40) * 2, ' ') + "- item\n";
    auto r = load_markdown("# 1. A\n\n" + deep);
    CHECK(r.ok());
    std::string quotes(90, '>'); // deeper is refused by the nesting limit
    r = load_markdown("# 1. A\n\n" + quotes + " text\n");
    CHECK(r.ok());
    std::string long_line = "# 1. A\n\n1.1 " + std::string((1 << 20) - 64, 'x') + "\n";
    r = load_markdown(long_line);
    CHECK(r.ok());
    std::string many;
    for (int i = 1; i <= 3000; ++i)
        many += std::to_string(i / 100 + 1) + "." + std::to_string(i % 100 + 1) + " Clause.\n\n";
    r = load_markdown("# 1. A\n\n" + many);
    CHECK(r.ok());
}

// One test case per inference rule of the plain-text import, each with text that must
// trigger it and text that must not.
#include "import/document_assembly.hpp"
#include "import/front_matter_inference.hpp"
#include "import/list_glyphs.hpp"
#include "import/page_furniture.hpp"
#include "import/table_inference.hpp"
#include "import_support.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

TEST_CASE("page furniture: footer URLs, page numbers and blank-page notices are dropped") {
    ImportResult r;
    std::string body =
        "1. Scope\n\n1.1 This Protocol applies to all Councillors.\n\n"
        "http://www.southend.gov.uk/resources/part2.pdf\n 1.2 It applies to Officers.\n\n"
        "12\n\nThis page is intentionally left blank\n\nPage 3 of 18\n";
    import_fixture(body, &r);
    CHECK(has_note(r, 5, "dropped footer URL"));
    CHECK(has_note(r, 8, "dropped page number"));
    CHECK(has_note(r, 10, "intentionally left blank"));
    CHECK(has_note(r, 12, "dropped page number"));
    std::string md = import_body(body);
    CHECK(md.find("southend.gov.uk") == std::string::npos);
    CHECK(md.find("1.2 It applies to Officers.") != std::string::npos);
}

TEST_CASE("page furniture: a number that ends a wrapped sentence is text") {
    std::string md =
        import_body("1. Scope\n\n1.1 This follows Section 28(1) of the Localism Act\n2011\n");
    CHECK(md.find("1.1 This follows Section 28(1) of the Localism Act 2011") != std::string::npos);
    CHECK_FALSE(import::is_page_number_line("1.2"));
    CHECK_FALSE(import::is_url_line("see http://example.org"));
    CHECK(import::is_url_line("www.rushcliffe.gov.uk"));
}

TEST_CASE("page furniture: a running header that breaks lists is dropped; repeated headings stay") {
    std::string text =
        "Introduction\n\nSome words.\n\nCouncillors will:\n\n- one thing\n\nAppendix 1\n\n"
        "- another thing\n- a third\n\nAppendix 1\n\n- a fourth\n\nOfficers will:\n\n"
        "Appendix 1\n\n- answer\n\nIntroduction\n\nMore words.\n\nIntroduction\n\nYet more.\n";
    ImportResult r;
    import_fixture(text, &r);
    CHECK(has_note(r, 9, "running header"));
    CHECK(has_note(r, 20, "running header"));
    std::string md = import_body(text);
    CHECK(md.find("Appendix 1") == std::string::npos);
    CHECK(md.find("# Introduction {#introduction}") != std::string::npos);
    CHECK(md.find("# Introduction {#introduction-3}") != std::string::npos);
}

TEST_CASE("list glyphs: the glyphs of extracted PDFs, not words that look like them") {
    for (const char* line : {"\uF0B7 To promote trust", "• Is it clear", "· item", "o to clarify",
                             "- ask for", "\uF0B7To promote", "- o the rights"}) {
        INFO(line);
        CHECK(import::match_list_glyph(line).has_value());
    }
    CHECK(import::match_list_glyph("- o the rights")->glyph == "o");
    for (const char* line :
         {"other words", "o'clock", "-5 degrees", "--- rule", "Officers", "oh no"})
        CHECK_FALSE(import::match_list_glyph(line).has_value());
}

TEST_CASE("lists: a new glyph nests one level deeper, the first glyph comes back out") {
    std::string md =
        import_body("3. Purpose\n\n3.5 A Protocol:\n\n\uF0B7 To define roles so as:\n\n"
                    "o to clarify responsibilities\no to avoid conflict; and\n\n"
                    "\uF0B7 To secure compliance with the law\n");
    CHECK(md.find("3.5 A Protocol:\n\n- To define roles so as:\n  - to clarify responsibilities\n"
                  "  - to avoid conflict; and\n- To secure compliance with the law\n") !=
          std::string::npos);
}

TEST_CASE("lists: a lower-case paragraph after a lead-in is an item whose glyph was lost") {
    ImportResult r;
    std::string text =
        "Casework\n\nIn terms of casework, Councillors will:\n\n raise issues with a Director\n\n"
        "- ask for information\n\nThe end of it.\n";
    import_fixture(text, &r);
    CHECK(has_note(r, 5, "no bullet glyph"));
    CHECK(import_body(text).find("- raise issues with a Director\n- ask for information\n") !=
          std::string::npos);
    // Not after a sentence.
    std::string md =
        import_body("Casework\n\nCouncillors will help.\n\nraise issues with a Director\n");
    CHECK(md.find("- raise") == std::string::npos);
}

TEST_CASE("joining: wrapped lines join, short lines that end a sentence end the paragraph") {
    std::string wide(70, 'x');
    std::string text = "9. Support\n\n9.3.2 Councillors have rights " + wide +
                       "\nas set out here.\n"
                       "The common law right is a further right.\n";
    std::string md = import_body(text);
    CHECK(md.find("9.3.2 Councillors have rights " + wide +
                  " as set out here.\n\nThe common law") != std::string::npos);
}

TEST_CASE(
    "joining: a sentence broken by a blank line at a page end joins; a new sentence does not") {
    ImportResult r;
    std::string text =
        "1. Media\n\n1.1 Councillors should consider:\n\n• Is it shared in a private or\n\n"
        "professional capacity,\n\n• What the likely consequences are\n\nOfficers will help.\n";
    import_fixture(text, &r);
    CHECK(has_note(r, 7, "joined across a blank line"));
    std::string md = import_body(text);
    CHECK(md.find("- Is it shared in a private or professional capacity,\n- What the likely") !=
          std::string::npos);
    CHECK(md.find("\nOfficers will help.\n") != std::string::npos);
}

TEST_CASE("joining: hyphens at line ends follow the document's own spelling") {
    std::string wide(80, 'y');
    std::string md =
        import_body("1. Terms\n\n1.1 There is a requirement on cross-\ncutting issues " + wide +
                    ".\n\n1.2 The manage-\nment of staff and the management " + wide + ".\n");
    CHECK(md.find("cross-cutting issues") != std::string::npos);
    CHECK(md.find("The management of staff") != std::string::npos);
}

TEST_CASE("tables: two columns run together with spaces are split at the right words") {
    using import::split_two_cells;
    auto cells = [](const char* t) {
        auto s = split_two_cells(t);
        return s ? s->first + " | " + s->second : std::string("-");
    };
    CHECK(cells("Community leader for their ward Serve the whole Council") ==
          "Community leader for their ward | Serve the whole Council");
    CHECK(cells("Bound by a statutory Code of Conduct Bound by their contract of employment") ==
          "Bound by a statutory Code of Conduct | Bound by their contract of employment");
    CHECK(cells("Add a political dimension Impartial") == "Add a political dimension | Impartial");
    CHECK(cells("Involved in Chief Officer appointments / disciplinary action only") == "-");
    CHECK(cells("Employees accountable to the Council") == "-");
    CHECK(cells("Tuesday, 6 February 2024") == "-");
}

TEST_CASE("tables: a titled two-column table becomes a unit; a two-word heading alone does not") {
    std::string text = "6. Roles\n\nQuick Guide to Roles\n\nCouncillors Officers\n\n"
                       "Democratically elected and accountable to the\nelectorate\n\n"
                       "Employees accountable to the Council\n\nCommunity leader for their ward "
                       "Serve the whole Council\n\n"
                       "Add a political dimension Impartial\n\n6.1 The Role of Councillors\n\n"
                       "6.1.1 Councillors have roles.\n";
    ImportResult r;
    Document doc = import_fixture(text, &r);
    CHECK(has_note(r, 5, "table inferred"));
    UnitIndex guide = doc.find("quick-guide");
    REQUIRE(guide != kNoUnit);
    const Block& table = doc.units[static_cast<std::size_t>(guide)].blocks.at(0);
    REQUIRE(table.kind == BlockKind::Table);
    REQUIRE(table.rows.size() == 4);
    CHECK(plain_text(table.rows[1].cells[0].inlines) ==
          "Democratically elected and accountable to the electorate");
    CHECK(plain_text(table.rows[1].cells[1].inlines) == "Employees accountable to the Council");
    CHECK(doc.find("6.1.1") != kNoUnit);

    std::string md =
        import_body("Standards Committee\n\nTuesday, 6 February 2024\n\nCases and work update\n\n"
                    "1. Purpose\n\n1.1 This report says things.\n");
    CHECK(md.find("|") == std::string::npos);
}

TEST_CASE("tables: tab-separated rows make a table") {
    std::string md =
        import_body("1. Priorities\n\n1.1 The links are:\n\nThe Environment\tNo impact\n"
                    "Quality of Life\tSupports it\n\tcontinued\n");
    CHECK(md.find(
              "| The Environment | No impact |\n| --- | --- |\n| Quality of Life | Supports it |\n"
              "|  | continued |\n") != std::string::npos);
}

TEST_CASE("headings: numbered titles, titled sub-units and clauses") {
    Document doc = import_fixture(
        "1. Introduction\n\n1.1 Content\n\nThis Protocol sets out principles.\n\n"
        "1.1.1 This Protocol is consistent.\n\n2. Scope\n\n"
        "2.1 This Protocol applies to relations between Councillors and Officers.\n\n"
        "2.2 Officers must comply\n\n7.1. Financial Implications\n\nThere are none.\n");
    auto unit = [&](const char* id) -> const Unit& {
        UnitIndex u = doc.find(id);
        INFO(id);
        REQUIRE(u != kNoUnit);
        return doc.units[static_cast<std::size_t>(u)];
    };
    CHECK(unit("1").title == "Introduction");
    CHECK(unit("1.1").kind == UnitKind::Section);
    CHECK(unit("1.1").title == "Content");
    CHECK(unit("1.1.1").kind == UnitKind::Clause);
    CHECK(unit("2.1").kind == UnitKind::Clause);
    // A short clause without a full stop is still a clause: no child follows, not title case.
    CHECK(unit("2.2").kind == UnitKind::Clause);
    CHECK(unit("7.1").kind == UnitKind::Section);
    CHECK(unit("7.1").title == "Financial Implications");
}

TEST_CASE("headings: numbers in running text never open units, and gaps stay gaps") {
    Document doc = import_fixture(
        "8. Staff\n\n8.3.1 The roles are limited to\n2.5 per cent of the time.\n\n"
        "8.3.2 Councillors shall not act.\n 8.3.4 If participating, Councillors should:\n\n"
        "\uF0B7 Respect confidentiality\n");
    CHECK(doc.find("2.5") == kNoUnit);
    CHECK(doc.find("8.3.3") == kNoUnit);
    CHECK(doc.find("8.3.4") != kNoUnit);
}

TEST_CASE("headings: an appendix takes its title from the next paragraph") {
    Document doc = import_fixture(
        "1. Scope\n\n1.1 Words here.\n\nAppendix 1\n\nThe Nolan Principles (as revised in\n"
        "2013)\n\nSelflessness\n\nHolders of public office act in the public interest.\n\n"
        "Endnotes\n");
    UnitIndex a = doc.find("appendix-1");
    REQUIRE(a != kNoUnit);
    CHECK(doc.units[static_cast<std::size_t>(a)].title ==
          "The Nolan Principles (as revised in 2013)");
    CHECK(doc.units[static_cast<std::size_t>(a)].blocks.at(0).kind == BlockKind::Heading);
    CHECK(write_markdown(doc).find("Endnotes") == std::string::npos);
}

TEST_CASE("headings: an unnumbered document gets units from its headings") {
    Document doc = import_fixture(
        "Protocol on Relations\n\nIntroduction\n\nThe Council values its staff.\n\n"
        "Supporting Front-line Councillors\n\nIn terms of casework, Councillors will:\n\n"
        "- raise issues\n");
    CHECK(doc.metadata.title == "Protocol on Relations");
    CHECK(doc.find("introduction") != kNoUnit);
    CHECK(doc.find("supporting-frontline-councillors") != kNoUnit);
    LoadResult back = load_markdown(write_markdown(doc));
    CHECK(back.ok());
}

TEST_CASE("IDs from titles: the first words up to a joining word") {
    CHECK(import::slug_id("Quick Guide to Councillor and Officer Roles") == "quick-guide");
    CHECK(import::slug_id("The Roles of Councillors and Officers") == "roles-of-councillors");
    CHECK(import::slug_id("General") == "general");
    CHECK(import::slug_id("2024 Review") == "s-2024-review");
}

TEST_CASE("front matter: title, part and council from the text") {
    std::string part, title;
    REQUIRE(import::split_part_title("Part 5(d) – Protocol on Councillor / Officer Relations", part,
                                     title));
    CHECK(part == "Part 5(d)");
    CHECK(title == "Protocol on Councillor / Officer Relations");
    CHECK_FALSE(import::split_part_title("Partnership working", part, title));
    CHECK(import::find_council({"Councillors of Leigh-on-Sea Town Council unless",
                                "a Councillor of Southend-on-Sea Borough Council. It"}) ==
          "Southend-on-Sea Borough Council");
    CHECK(import::find_council({"The Rushcliffe Borough Council Customer Service Centre"}) ==
          "Rushcliffe Borough Council");
    CHECK(import::find_council({"the Council decided"}).empty());
    Document doc =
        import_fixture("Part 5(d) – Protocol on Relations\n1. Introduction\n\n1.1 Words.\n");
    CHECK(doc.metadata.part == "Part 5(d)");
    CHECK(doc.metadata.title == "Protocol on Relations");
}

TEST_CASE("markup from converters is read as words") {
    Document doc =
        import_fixture("## **4. New Protocol**\n\n**4.1** The <b>Council</b> &amp; its staff.\n\n"
                       "- 4.2** Officers serve the Council.\n");
    CHECK(doc.find("4") != kNoUnit);
    UnitIndex c = doc.find("4.1");
    REQUIRE(c != kNoUnit);
    CHECK(plain_text(doc.units[static_cast<std::size_t>(c)]) == "The Council & its staff.");
    CHECK(doc.find("4.2") != kNoUnit);
}

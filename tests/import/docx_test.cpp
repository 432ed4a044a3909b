// The .docx importer: Word's automatic numbering, styles, runs, tables and footnotes, on a
// real .docx made with LibreOffice, and the numbering rules on their own.
#include "import/docx_numbering.hpp"
#include "import_support.hpp"

#include <catch2/catch.hpp>
#include <regex>

using namespace clerk;
using namespace clerk::test;

namespace {

std::string fixture(const std::string& name) {
    return repo_path("tests/fixtures/import/" + name);
}

const Unit& unit(const Document& doc, const std::string& id) {
    UnitIndex u = doc.find(id);
    INFO(id);
    REQUIRE(u != kNoUnit);
    return doc.units[static_cast<std::size_t>(u)];
}

} // namespace

TEST_CASE("docx: the numbers Word shows are the units' numbers") {
    ImportResult r = import_file(fixture("numbered-protocol.docx"));
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    std::vector<std::string> ids;
    for (const Unit& u : doc.units)
        ids.push_back(u.id);
    CHECK(ids == std::vector<std::string>{"preamble", "1", "1.1", "1.1.1", "1.1.2", "2", "2.1",
                                          "2.2", "3", "quick-guide", "3.1", "3.2", "appendix-1"});
    CHECK(unit(doc, "1").title == "Introduction");
    CHECK(unit(doc, "1.1").title == "Definitions");
    CHECK(unit(doc, "1.1.1").kind == UnitKind::Clause);
    CHECK(unit(doc, "appendix-1").title == "Complaints Procedure");
    CHECK(doc.metadata.title == "Protocol on Member / Officer Relations");
    CHECK(doc.metadata.part == "Part 4(c)");
    CHECK(doc.metadata.council == "Testshire District Council");
}

TEST_CASE("docx: every number LibreOffice shows for the fixture is in the Markdown, in order") {
    // LibreOffice's own rendering of the .docx, one paragraph per line, numbers first.
    std::string shown = slurp(fixture("numbered-protocol.libreoffice.txt"));
    REQUIRE(!shown.empty());
    std::vector<std::string> expected;
    std::regex label(R"(^\s*([0-9]+(?:\.[0-9]+)*\.?|[a-z]\))\s)");
    std::istringstream lines(shown);
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (std::regex_search(line, m, label)) expected.push_back(m[1].str());
    }
    REQUIRE(expected.size() == 15);

    ImportResult r = import_file(fixture("numbered-protocol.docx"));
    REQUIRE(r.ok());
    std::string md = write_markdown(*r.document);
    std::vector<std::string> found;
    std::istringstream md_lines(md);
    std::regex md_label(R"(^(?:#+ |- )?([0-9]+(?:\.[0-9]+)*(?:\\?\.)?|[a-z]\))\s)");
    for (std::string line; std::getline(md_lines, line);) {
        std::smatch m;
        if (std::regex_search(line, m, md_label))
            found.push_back(std::regex_replace(m[1].str(), std::regex(R"(\\)"), ""));
    }
    CHECK(found == expected);
}

TEST_CASE(
    "docx: bullets nest by level, lettered lists keep their letters, runs keep bold and italic") {
    ImportResult r = import_file(fixture("numbered-protocol.docx"));
    REQUIRE(r.ok());
    std::string md = write_markdown(*r.document);
    CHECK(md.find("2.1 Councillors and Officers must respect each other’s roles:\n\n- by observing "
                  "courtesy,\n"
                  "  - in meetings and\n  - in correspondence;\n- by acting fairly.\n") !=
          std::string::npos);
    CHECK(md.find("- a) with a decision; or\n- b) with a date for one.\n") != std::string::npos);
    CHECK(md.find("1.1.1 **Councillor** means") != std::string::npos);
    CHECK(unit(*r.document, "1.1.1").definition->term == "Councillor");
    CHECK(md.find("2.2 Officers *must* give impartial advice. (footnote: See the Employee Code of "
                  "Conduct.)") != std::string::npos);
    CHECK(md.find("| Councillors | Officers |\n| --- | --- |\n| Set policy | Give advice |\n") !=
          std::string::npos);
    CHECK(has_note(r, 13, "footnote"));
    CHECK(r.place == "paragraph");
    // The Markdown reads back into the same units.
    LoadResult back = load_markdown(md);
    REQUIRE(back.ok());
    CHECK(back.document->units.size() == r.document->units.size());
}

TEST_CASE("docx numbering: level text, formats, start values and restarts") {
    pugi::xml_document xml;
    REQUIRE(xml.load_string(R"xml(<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>)xml"));
    import::DocxNumbering n;
    n.load(xml.child("w:numbering"));
    auto next = [&](int num, int level) {
        auto label = n.next(num, level);
        return label ? label->text : std::string("-");
    };
    CHECK(next(1, 0) == "5.");
    CHECK(next(1, 1) == "5.1");
    CHECK(next(1, 1) == "5.2");
    CHECK(next(1, 2) == "(i)");
    CHECK(next(1, 2) == "(ii)");
    CHECK(next(1, 1) == "5.3");
    CHECK(next(1, 2) == "(i)"); // a deeper level restarts under a new parent
    CHECK(next(1, 0) == "6.");
    CHECK(next(1, 1) == "6.1");
    CHECK(next(2, 0) == "A)");
    CHECK(next(2, 0) == "B)");
    CHECK(next(3, 0) == "A)"); // the same list restarted by its instance
    CHECK(next(3, 0) == "B)");
    CHECK(n.next(4, 0)->bullet);
    CHECK(next(9, 0) == "-");
    CHECK(import::DocxNumbering::format_number(14, "upperRoman") == "XIV");
    CHECK(import::DocxNumbering::format_number(28, "lowerLetter") == "bb");
}

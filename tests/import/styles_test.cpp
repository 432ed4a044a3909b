// The corpus of councils' numbering styles (tests/fixtures/import/styles): each style in the
// forms it is published in (.txt, .html, and .docx and .pdf made from the page by
// LibreOffice), read through the reader table, must give the outline in its `.outline`
// file, read back the same from the Markdown it writes, and keep every word of the body.
#include "import_support.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

using namespace clerk;
using namespace clerk::test;
namespace fs = std::filesystem;

namespace {

void outline_of(const Document& doc, UnitIndex u, int depth, std::string& out) {
    const Unit& unit = doc.units[static_cast<std::size_t>(u)];
    if (unit.kind != UnitKind::Preamble) {
        out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + unit.id;
        if (unit.kind != UnitKind::Clause && !unit.title.empty()) out += " | " + unit.title;
        out += "\n";
    }
    for (UnitIndex c : unit.children)
        outline_of(doc, c, depth + 1, out);
}

std::string outline(const Document& doc) {
    std::string out;
    for (UnitIndex r : doc.roots)
        outline_of(doc, r, 0, out);
    return out;
}

// Words of two or more letters, lower case, counted.
std::map<std::string, int> words_of(const std::string& text) {
    std::map<std::string, int> counts;
    std::string word;
    for (char c : text + " ") {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            if (word.size() >= 2) ++counts[word];
            word.clear();
        }
    }
    return counts;
}

fs::path styles_dir() {
    return fs::path(CLERK_SOURCE_DIR) / "tests/fixtures/import/styles";
}

// The body text of a style: its .txt form without the lines the import moved to the front
// matter (which are not body text; the test checks they were reported).
std::string body_words_source(const fs::path& txt) {
    std::string text = slurp(txt.string());
    ImportResult r = import_file(txt.string());
    REQUIRE(r.ok());
    std::vector<std::uint32_t> moved;
    for (const ImportNote& n : r.notes)
        if (n.message.rfind("moved to the front matter", 0) == 0) moved.push_back(n.line);
    std::string out;
    std::uint32_t line = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        ++line;
        if (std::find(moved.begin(), moved.end(), line) == moved.end())
            out += text.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return out;
}

} // namespace

TEST_CASE("every numbering style imports to its outline in every form it is published in") {
    std::size_t styles = 0, forms = 0;
    for (const auto& entry : fs::directory_iterator(styles_dir())) {
        if (entry.path().extension() != ".outline") continue;
        if (entry.path().stem().has_extension()) continue; // a form's own outline
        ++styles;
        std::string style_outline = slurp(entry.path().string());
        fs::path base = entry.path();
        base.replace_extension();
        fs::path twin = base;
        twin += ".txt";
        for (const char* ext : {".txt", ".html", ".docx", ".pdf"}) {
            fs::path file = base;
            file += ext;
            if (!fs::exists(file)) continue;
            ++forms;
            INFO(file.filename().string());
            // A form that LibreOffice lays out differently has its own outline.
            fs::path own = file;
            own += ".outline";
            std::string expected = fs::exists(own) ? slurp(own.string()) : style_outline;
            ImportResult r = import_file(file.string());
            INFO((r.diagnostics.empty() ? std::string() : r.diagnostics.front().message));
            REQUIRE(r.ok());
            CHECK(outline(*r.document) == expected);

            // What `clerk import` writes reads back to the same outline.
            std::string md = write_markdown(*r.document);
            LoadResult back = load_markdown(md);
            REQUIRE(back.ok());
            CHECK(outline(*back.document) == expected);

            // Nothing lost: every word of the body is in the Markdown, as often.
            if (fs::exists(twin)) {
                std::map<std::string, int> have = words_of(md);
                for (const auto& [word, count] : words_of(body_words_source(twin))) {
                    INFO("word \"" << word << "\"");
                    CHECK(have[word] >= count);
                }
            }
        }
    }
    CHECK(styles >= 12);
    CHECK(forms >= styles * 3);
}

TEST_CASE("style corpus: metadata lines go to the front matter, not into headings") {
    ImportResult r = import_file((styles_dir() / "elmstead-section-title.txt").string());
    REQUIRE(r.ok());
    const Metadata& m = r.document->metadata;
    CHECK(m.part == "Section 15");
    CHECK(m.title == "MEMBER/OFFICER PROTOCOL");
    CHECK(m.version == "3");
    CHECK(m.extra["adopted"] == "2015-01-19");
    CHECK(m.extra["updated"] == "2022-01-04");
    REQUIRE(m.history.size() == 1);
    CHECK(m.history[0].by == "Finance & Personnel Committee");
    CHECK(has_note(r, 3, "moved to the front matter"));
    CHECK(has_note(r, 5, "moved to the front matter"));

    ImportResult f = import_file((styles_dir() / "fairhaven-part-title.txt").string());
    REQUIRE(f.ok());
    CHECK(f.document->metadata.part == "Part 5(d)");
    CHECK(f.document->metadata.version == "2.1");
    CHECK(f.document->metadata.date == "2021-03-12");
}

TEST_CASE("style corpus: web-page furniture is dropped and reported") {
    ImportResult r = import_file((styles_dir() / "juniper-moderngov.html").string());
    REQUIRE(r.ok());
    std::string md = write_markdown(*r.document);
    CHECK(md.find("Skip to content") == std::string::npos);
    CHECK(md.find("Browse meetings") == std::string::npos);
    CHECK(md.find("Page last updated") == std::string::npos);
    CHECK(r.document->metadata.extra["updated"] == "2022-01-04");
    bool dropped = false;
    for (const ImportNote& n : r.notes)
        dropped = dropped || n.message.find("dropped page furniture") != std::string::npos;
    CHECK(dropped);
}

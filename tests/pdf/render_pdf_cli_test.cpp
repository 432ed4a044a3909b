// clerk render --to pdf on the bundled documents, checked with Poppler's tools and qpdf:
// page count and size, embedded fonts, the structure tree, contents page numbers against the
// pages the headings are on, link destinations, bookmarks, text order, same bytes each time.
#include "pdf_tools.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

using namespace clerk::test;
namespace fs = std::filesystem;

namespace {

struct Rendered {
    fs::path dir;
    std::string pdf;
    RunResult run;
};

// The temporary folder the rendered documents go to, removed when the tests end.
struct RenderFolder {
    fs::path dir = fs::temp_directory_path() / ("clerk-pdf-" + std::to_string(::getpid()));
    RenderFolder() { fs::create_directories(dir); }
    ~RenderFolder() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
};

// Renders a bundled document once per test run into the temporary folder.
const Rendered& rendered(const std::string& source, const std::string& name) {
    static const RenderFolder folder;
    static std::map<std::string, Rendered> cache;
    auto it = cache.find(source);
    if (it != cache.end()) return it->second;
    Rendered r;
    r.dir = folder.dir;
    r.run = run_clerk("render --to pdf " + source + " -o " + r.dir.string());
    r.pdf = (r.dir / name).string();
    return cache.emplace(source, std::move(r)).first->second;
}

const Rendered& protocol() {
    return rendered("protocol-text/southend/protocol.md", "protocol-v2.0-draft.pdf");
}

const Rendered& action_plan() {
    return rendered("protocol-text/southend/action-plan.md", "action-plan-v1.0-draft.pdf");
}

// The text of one page, laid out.
std::string page_text(const std::string& pdf, int page) {
    return shell("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) +
                 " '" + pdf + "' -");
}

// The one PDF a render wrote into `folder`.
fs::path only_pdf_in(const fs::path& folder) {
    std::vector<fs::path> made;
    for (const auto& entry : fs::directory_iterator(folder))
        made.push_back(entry.path());
    REQUIRE(made.size() == 1);
    return made[0];
}

nlohmann::json qpdf_json(const std::string& pdf) {
    return nlohmann::json::parse(shell("qpdf --json '" + pdf + "'"), nullptr, false);
}

} // namespace

TEST_CASE("the bundled protocol renders to an A4 PDF named with its version and status",
          "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    const Rendered& r = protocol();
    INFO(r.run.err);
    REQUIRE(r.run.status == 0);
    CHECK(r.run.out.find("protocol-v2.0-draft.pdf") != std::string::npos);
    std::string info = shell("pdfinfo '" + r.pdf + "'");
    CHECK(info_field(info, "Page size").rfind("595.276 x 841.89 pts (A4)", 0) == 0);
    CHECK(std::stoi(info_field(info, "Pages")) >= 10);
    CHECK(info_field(info, "Title") == "Protocol on Councillor / Officer Relations");
    CHECK(info_field(info, "Author") == "Southend-on-Sea Borough Council");
    CHECK(info_field(info, "Tagged") == "yes");
    CHECK(info_field(info, "Creator") == "Clerk");
    CHECK(info_field(info, "CreationDate").find("2020") != std::string::npos);
    CHECK(shell("qpdf --check '" + r.pdf + "' >/dev/null && echo ok") == "ok\n");
}

TEST_CASE("every font in the PDF is embedded", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    std::string fonts = shell("pdffonts '" + protocol().pdf + "'");
    std::istringstream lines(fonts);
    std::string line;
    int count = 0;
    std::getline(lines, line);
    std::getline(lines, line);
    while (std::getline(lines, line)) {
        if (line.empty()) continue;
        ++count;
        INFO(line);
        CHECK(line.find("Liberation") != std::string::npos);
        // The "emb" column: name type encoding emb sub uni ...
        CHECK(std::regex_search(line, std::regex(R"( yes +yes +yes )")));
    }
    CHECK(count >= 2);
}

TEST_CASE("the catalogue declares the language, the window title and the tags", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    std::string catalogue = shell("qpdf --show-object=trailer '" + protocol().pdf + "'");
    std::string root =
        shell("qpdf --show-object=$(qpdf --show-object=trailer '" + protocol().pdf +
              "' | grep -o '/Root [0-9]* 0 R' | cut -d' ' -f2) '" + protocol().pdf + "'");
    CHECK(root.find("/Lang (en-GB)") != std::string::npos);
    CHECK(root.find("/DisplayDocTitle true") != std::string::npos);
    CHECK(root.find("/StructTreeRoot") != std::string::npos);
    CHECK(root.find("/Marked true") != std::string::npos);
}

TEST_CASE("the structure tree has the document's headings, lists and tables", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    std::string tree = shell("pdfinfo -struct '" + protocol().pdf + "'");
    for (const char* tag : {"Document", "Sect", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody",
                            "Table", "TR", "TH", "TD", "Link", "TOC", "TOCI"}) {
        INFO(tag);
        CHECK(std::regex_search(tree, std::regex(std::string("(^|\\n) *") + tag + "( |\\n)")));
    }
    // Exactly one H1: the title.
    std::regex h1(R"((^|\n) *H1( |\n))");
    CHECK(std::distance(std::sregex_iterator(tree.begin(), tree.end(), h1),
                        std::sregex_iterator()) == 1);
}

TEST_CASE("the contents page numbers are the pages the headings are on", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    const std::string& pdf = protocol().pdf;
    int pages = std::stoi(info_field(shell("pdfinfo '" + pdf + "'"), "Pages"));
    // Contents entries: "5.    Roles of Councillors ........ 4" on the first pages (the
    // leader dots are drawn, not text).
    std::string first = page_text(pdf, 1) + page_text(pdf, 2);
    std::regex entry(R"(^(\d+)\.\s+([A-Z].*?)\s{2,}(\d+)$)");
    int checked = 0;
    std::istringstream lines(first);
    std::string line;
    while (std::getline(lines, line)) {
        std::smatch m;
        if (!std::regex_match(line, m, entry)) continue;
        std::string number = m[1];
        int page = std::stoi(m[3]);
        INFO("section " << number << " listed on page " << page);
        REQUIRE(page >= 1);
        REQUIRE(page <= pages);
        // The heading "N. Title" starts a line on that page, past the contents.
        std::string text = page_text(pdf, page);
        CHECK(std::regex_search(text, std::regex("(^|\\n) *" + number + "\\. +[A-Z]")));
        ++checked;
    }
    CHECK(checked >= 10);
}

TEST_CASE("every link leads to a destination that exists", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    nlohmann::json json = qpdf_json(protocol().pdf);
    REQUIRE(json.is_object());
    // The named destinations, from the catalogue's /Dests name tree.
    std::string dump = shell("qpdf --qdf --object-streams=disable '" + protocol().pdf + "' -");
    std::set<std::string> names = named_destinations(dump);
    CHECK(names.count("clause-9.3.5"));
    CHECK(names.count("clause-5.7"));
    CHECK(names.count("appendix-1"));
    int links = 0;
    for (const std::string& target : link_destinations(dump)) {
        ++links;
        INFO(target);
        CHECK(names.count(target));
    }
    CHECK(links > 50);
}

TEST_CASE("the bookmarks follow the section tree", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    nlohmann::json json = qpdf_json(protocol().pdf);
    REQUIRE(json.contains("outlines"));
    std::vector<std::string> top;
    for (const auto& o : json["outlines"])
        top.push_back(o["title"]);
    REQUIRE(top.size() >= 12);
    CHECK(top.front() == "Contents");
    CHECK(std::find(top.begin(), top.end(), "5. Principles") != top.end());
    // Subsections are children of their section.
    bool nested = false;
    for (const auto& o : json["outlines"])
        if (std::string(o["title"]).rfind("1. ", 0) == 0)
            for (const auto& kid : o["kids"])
                nested = nested || std::string(kid["title"]).rfind("1.1 ", 0) == 0;
    CHECK(nested);
}

TEST_CASE("every page but the first has the running header; every page the footer", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    const std::string& pdf = protocol().pdf;
    int pages = std::stoi(info_field(shell("pdfinfo '" + pdf + "'"), "Pages"));
    for (int p = 1; p <= pages; ++p) {
        std::string text = page_text(pdf, p);
        INFO("page " << p);
        CHECK(text.find("Page " + std::to_string(p) + " of " + std::to_string(pages)) !=
              std::string::npos);
        CHECK(text.find("Version 2.0") != std::string::npos);
        if (p > 1) {
            CHECK(text.find("Southend-on-Sea Borough Council") != std::string::npos);
        }
    }
}

TEST_CASE("the text extracts in reading order", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    std::string text = shell("pdftotext '" + protocol().pdf + "' -");
    std::size_t a = text.find("9.3.4");
    std::size_t b = text.find("9.3.5", a == std::string::npos ? 0 : a);
    std::size_t c = text.find("Appendix 1", b == std::string::npos ? 0 : b);
    CHECK(a != std::string::npos);
    CHECK(b != std::string::npos);
    CHECK(c != std::string::npos);
    // A clause number comes before its own words.
    CHECK(std::regex_search(text, std::regex(R"(2\.1\s+This Protocol applies to relations)")));
}

TEST_CASE("the same document gives the same bytes", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    fs::path again = protocol().dir / "again";
    RunResult r =
        run_clerk("render --to pdf protocol-text/southend/protocol.md -o " + again.string());
    REQUIRE(r.status == 0);
    CHECK(slurp((again / "protocol-v2.0-draft.pdf").string()) == slurp(protocol().pdf));
}

// Clerk reads the installed fonts with only the system's rules that choose fonts; under the
// system's own configuration it must choose the very same fonts.
TEST_CASE("the PDF is the same under the system's own font configuration", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    REQUIRE(fs::exists("/etc/fonts/fonts.conf"));
    fs::path system = protocol().dir / "system-fonts";
    RunResult r =
        run_clerk("render --to pdf protocol-text/southend/protocol.md -o '" + system.string() + "'",
                  "FONTCONFIG_FILE=/etc/fonts/fonts.conf");
    REQUIRE(r.status == 0);
    CHECK(slurp((system / "protocol-v2.0-draft.pdf").string()) == slurp(protocol().pdf));
}

// A tick or an arrow the template's font lacks comes from the font the system would take.
TEST_CASE("characters the body font lacks come from the system's choice of font", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    fs::path own = protocol().dir / "symbols-own", system = protocol().dir / "symbols-system";
    std::string render = "render --to pdf tests/fixtures/pdf/symbols.md -o ";
    RunResult a = run_clerk(render + "'" + own.string() + "'");
    RunResult b =
        run_clerk(render + "'" + system.string() + "'", "FONTCONFIG_FILE=/etc/fonts/fonts.conf");
    REQUIRE(a.status == 0);
    REQUIRE(b.status == 0);
    fs::path made = only_pdf_in(own);
    std::string fonts = shell("pdffonts '" + made.string() + "'");
    CHECK(fonts.find("LiberationSans") != std::string::npos);
    CHECK(slurp(made.string()) == slurp((system / made.filename()).string()));
    CHECK(page_text(made.string(), 2).find("done ✓ or not ✗") != std::string::npos);
}

TEST_CASE("a font configuration the user names is the one used", "[pdf][e2e]") {
    TempFile no_fonts("<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n", ".conf");
    fs::path out = protocol().dir / "no-fonts";
    RunResult r =
        run_clerk("render --to pdf protocol-text/southend/protocol.md -o '" + out.string() + "'",
                  "FONTCONFIG_FILE='" + no_fonts.path.string() + "'");
    CHECK(r.status != 0);
    CHECK(r.err.find("font 'Liberation Sans' is not installed") != std::string::npos);
    CHECK_FALSE(fs::exists(out / "protocol-v2.0-draft.pdf"));
}

TEST_CASE("a document without a date has no date in its PDF, so its bytes never change",
          "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    TempFile undated("---\ntitle: Undated Protocol\nversion: \"1.0\"\nstatus: draft\n---\n\n"
                     "# 1. Scope\n\n1.1 This Protocol applies to every Member.\n");
    fs::path out = protocol().dir / "undated";
    RunResult r =
        run_clerk("render --to pdf '" + undated.path.string() + "' -o '" + out.string() + "'");
    REQUIRE(r.status == 0);
    std::string info = shell("pdfinfo '" + only_pdf_in(out).string() + "'");
    CHECK(info_field(info, "Title") == "Undated Protocol");
    CHECK(info.find("CreationDate") == std::string::npos);
    CHECK(info.find("ModDate") == std::string::npos);
}

TEST_CASE("the action plan is on landscape pages with its table", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    const Rendered& r = action_plan();
    INFO(r.run.err);
    REQUIRE(r.run.status == 0);
    std::string info = shell("pdfinfo '" + r.pdf + "'");
    CHECK(info_field(info, "Page size").rfind("841.89 x 595.276 pts", 0) == 0);
    std::string tree = shell("pdfinfo -struct '" + r.pdf + "'");
    CHECK(tree.find("Table") != std::string::npos);
    CHECK(tree.find("TH") != std::string::npos);
    std::string text = shell("pdftotext -layout '" + r.pdf + "' -");
    CHECK(text.find("Recommendations") != std::string::npos);
    CHECK(text.find("Skills, Learning, & Development") != std::string::npos);
}

TEST_CASE("an action plan's protocol clauses link into the protocol's PDF", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    const Rendered& r = rendered("tests/fixtures/pdf/plan.md", "plan-v0.3-consultation.pdf");
    INFO(r.run.err);
    REQUIRE(r.run.status == 0);
    std::string dump = shell("qpdf --qdf --object-streams=disable '" + r.pdf + "' -");
    CHECK(dump.find("/S /GoToR") != std::string::npos);
    CHECK(dump.find("(protocol-v2.0-draft.pdf)") != std::string::npos);
    CHECK(dump.find("(clause-9.3.5)") != std::string::npos);
    std::string text = shell("pdftotext -layout '" + r.pdf + "' -");
    CHECK(text.find("5.7, 9.3.5") != std::string::npos);
}

TEST_CASE("an unknown format for render is refused", "[pdf][e2e]") {
    RunResult r = run_clerk("render --to docx protocol-text/southend/protocol.md");
    CHECK(r.status == 2);
}

TEST_CASE("a document without a title takes its opening heading as the PDF title, as the HTML does",
          "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    TempDir dir;
    dir.write("members-code-draft.md", "# Members' Code of Conduct\n\n"
                                       "## 1 Scope\n\n"
                                       "1.1 This code applies to every member.\n\n"
                                       "1.2 It applies when a member acts as a member.\n");
    RunResult run = run_clerk("render --to pdf '" + dir.file("members-code-draft.md") + "' -o '" +
                              dir.str() + "'");
    INFO(run.err);
    REQUIRE(run.status == 0);
    std::string pdf;
    for (const auto& entry : fs::directory_iterator(dir.path))
        if (entry.path().extension() == ".pdf") pdf = entry.path().string();
    REQUIRE(!pdf.empty());
    std::string info = shell("pdfinfo '" + pdf + "'");
    CHECK(info_field(info, "Title") == "Members' Code of Conduct");
    // The title block (the only H1) carries the heading, and the file name is nowhere.
    std::string first = page_text(pdf, 1);
    CHECK(first.find("Members' Code of Conduct") != std::string::npos);
    CHECK(first.find("members-code-draft") == std::string::npos);
    CHECK(shell("pdfinfo -struct-text '" + pdf + "'").find("members-code-draft") ==
          std::string::npos);
}

TEST_CASE("a clause number and its text extract with a space between them", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    // The structure tree joins a Lbl's text and its LBody's (or P's) text with no gap of its
    // own: the label must carry the space.
    std::string tree = shell("pdfinfo -struct-text '" + protocol().pdf + "'");
    CHECK(tree.find("\"9.3.5 Where confidential, personal or otherwise sensitive") !=
          std::string::npos);
    CHECK(tree.find("\"9.4 Access to Premises\"") != std::string::npos);
    // No clause or heading number runs into a word ("9.3.5Where", "3.Purpose").
    std::smatch run_on;
    bool found = std::regex_search(tree, run_on, std::regex(R"("[0-9]+(\.[0-9]+)*\.?[A-Za-z])"));
    INFO((found ? run_on.str() : std::string()));
    CHECK(!found);
    // Text taken in the order it is drawn, and laid out, reads the same.
    std::string raw = shell("pdftotext -raw '" + protocol().pdf + "' -");
    CHECK(raw.find("\n9.3.5 Where confidential, personal") != std::string::npos);
    std::string laid_out = shell("pdftotext -layout '" + protocol().pdf + "' -");
    CHECK(std::regex_search(laid_out, std::regex(R"(9\.3\.5 +Where confidential, personal)")));
    // A bullet is parted from its item too.
    std::string plan = shell("pdfinfo -struct-text '" + action_plan().pdf + "'");
    CHECK(plan.find("\"• \"") != std::string::npos);
}

TEST_CASE("a table row split across pages is one row of the structure tree, its lists whole",
          "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    // The action plan's rows of recommendations run on across pages. Every TR is a child of
    // the Table and every cell a child of a TR, however the rows were split.
    std::string tree = shell("pdfinfo -struct '" + action_plan().pdf + "'");
    std::istringstream lines(tree);
    std::string line;
    std::size_t table = std::string::npos, row = std::string::npos;
    int rows = 0;
    while (std::getline(lines, line)) {
        std::size_t indent = line.find_first_not_of(' ');
        std::string type = line.substr(indent, line.find(' ', indent) - indent);
        INFO(line);
        if (type == "Table") table = indent;
        if (type == "TR") {
            CHECK(indent == table + 2);
            row = indent;
            ++rows;
        }
        if (type == "TD" || type == "TH") CHECK(indent == row + 2);
        CHECK(type != "Private");
    }
    CHECK(rows >= 10);
    // A list item cut by the page break is one item: its text from both pages in one LBody.
    std::string text = shell("pdfinfo -struct-text '" + action_plan().pdf + "'");
    std::regex lbody_with_two_parts(R"(LBody \(block\)\n( *"[^\n]*"\n){2,})");
    CHECK(std::regex_search(text, lbody_with_two_parts));
    CHECK(shell("qpdf --check '" + action_plan().pdf + "' >/dev/null && echo ok") == "ok\n");
}

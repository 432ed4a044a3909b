// What the page shows as the document's status and the council's templates say: the DRAFT
// mark drawn but not text, no mark once adopted, justified text as a template setting, a
// council's own furniture wording, and the contents' unnumbered sub-entries in line.
#include "pdf_tools.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>

using namespace clerk::test;
namespace fs = std::filesystem;

namespace {

// A folder holding a small document (and, when given, a council's templates folder named by
// its clerk.yaml), removed when the test ends.
struct Fixture {
    fs::path dir;
    explicit Fixture(const std::string& name) {
        dir = fs::temp_directory_path() /
              ("clerk-pdf-options-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~Fixture() { fs::remove_all(dir); }
    void write(const std::string& relative, const std::string& content) const {
        fs::create_directories((dir / relative).parent_path());
        std::ofstream(dir / relative, std::ios::binary) << content;
    }
    // Renders doc.md; returns the PDF's path ("" when clerk failed).
    std::string render(const std::string& pdf_name) const {
        RunResult r = run_clerk("render --to pdf '" + (dir / "doc.md").string() + "' -o '" +
                                (dir / "out").string() + "'");
        INFO(r.err);
        CHECK(r.status == 0);
        return r.status == 0 ? (dir / "out" / pdf_name).string() : std::string{};
    }
};

std::string document(const std::string& status) {
    std::string text = "---\ntitle: Protocol on Member Relations\ncouncil: Example Borough "
                       "Council\npart: Part 5(e)\nversion: \"1.4\"\nstatus: " +
                       status + "\ndate: 2024-02-06\n---\n\n# 1. Introduction\n\n";
    // Long clauses, so that the lines of a paragraph show how it is aligned.
    for (int i = 1; i <= 6; ++i)
        text += "1." + std::to_string(i) +
                " Councillors and officers work together in the interests of the residents of "
                "the borough, with mutual respect, courtesy and trust, and each of them "
                "recognises the distinct role the other plays in the running of the Council and "
                "in the delivery of its services to the people who live and work here.\n\n";
    return text;
}

// The right ends of the lines of the page's paragraphs that are followed by another line of
// the same paragraph (`pdftotext -bbox-layout`): the lines that justifying stretches.
std::vector<double> inner_line_ends(const std::string& pdf, int page) {
    std::string xml = shell("pdftotext -bbox-layout -f " + std::to_string(page) + " -l " +
                            std::to_string(page) + " '" + pdf + "' -");
    std::vector<double> ends;
    std::regex block(R"(<block[^>]*>([\s\S]*?)</block>)");
    std::regex line(R"re(<line xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)")re");
    for (auto b = std::sregex_iterator(xml.begin(), xml.end(), block); b != std::sregex_iterator();
         ++b) {
        std::string body = (*b)[1];
        std::vector<double> here;
        for (auto l = std::sregex_iterator(body.begin(), body.end(), line);
             l != std::sregex_iterator(); ++l)
            here.push_back(std::stod((*l)[1]));
        if (here.size() >= 3) ends.insert(ends.end(), here.begin(), here.end() - 1);
    }
    return ends;
}

double spread(const std::vector<double>& values) {
    if (values.empty()) return 0;
    auto [low, high] = std::minmax_element(values.begin(), values.end());
    return *high - *low;
}

} // namespace

TEST_CASE("the DRAFT mark is drawn on every page but is not part of the text", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    Fixture f("draft");
    f.write("doc.md", document("draft"));
    std::string pdf = f.render("doc-v1.4-draft.pdf");
    REQUIRE(!pdf.empty());
    // The banner says DRAFT once, as text; the mark across the page is outlines, not text.
    std::string text = shell("pdftotext '" + pdf + "' -");
    CHECK(std::count(text.begin(), text.end(), '\n') > 10);
    std::regex draft("DRAFT");
    CHECK(std::distance(std::sregex_iterator(text.begin(), text.end(), draft),
                        std::sregex_iterator()) == 1);
    CHECK(tinted_pixels(page_raster(pdf, 1, 20)) > 40);
}

TEST_CASE("the bundled protocol's later pages carry the mark and no DRAFT text", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    fs::path out = fs::temp_directory_path() / ("clerk-pdf-mark-" + std::to_string(::getpid()));
    RunResult r =
        run_clerk("render --to pdf protocol-text/southend/protocol.md -o " + out.string());
    REQUIRE(r.status == 0);
    std::string pdf = (out / "protocol-v2.0-draft.pdf").string();
    for (int page : {2, 5}) {
        INFO("page " << page);
        std::string text = shell("pdftotext -f " + std::to_string(page) + " -l " +
                                 std::to_string(page) + " '" + pdf + "' -");
        CHECK(text.size() > 500);
        CHECK(text.find("DRAFT") == std::string::npos);
        CHECK(tinted_pixels(page_raster(pdf, page, 20)) > 40);
    }
    fs::remove_all(out);
}

TEST_CASE("an adopted document has neither the DRAFT mark nor a draft banner", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    Fixture f("adopted");
    f.write("doc.md", document("adopted"));
    std::string pdf = f.render("doc-v1.4-adopted.pdf");
    REQUIRE(!pdf.empty());
    std::string text = shell("pdftotext '" + pdf + "' -");
    CHECK(text.find("Councillors and officers work together") != std::string::npos);
    CHECK(text.find("DRAFT") == std::string::npos);
    CHECK(text.find("Draft") == std::string::npos);
    CHECK(tinted_pixels(page_raster(pdf, 1, 20)) == 0);
}

TEST_CASE("text is justified when the council's pdf.yaml says so, left-aligned otherwise",
          "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    Fixture left("left");
    left.write("doc.md", document("adopted"));
    std::string ragged = left.render("doc-v1.4-adopted.pdf");
    Fixture justified("justified");
    justified.write("doc.md", document("adopted"));
    justified.write("clerk.yaml", "templates: council-templates\n");
    justified.write("council-templates/pdf.yaml", "text:\n  justify: true\n");
    std::string even = justified.render("doc-v1.4-adopted.pdf");
    REQUIRE(!ragged.empty());
    REQUIRE(!even.empty());
    std::vector<double> ragged_ends = inner_line_ends(ragged, 2);
    std::vector<double> even_ends = inner_line_ends(even, 2);
    REQUIRE(ragged_ends.size() >= 6);
    REQUIRE(even_ends.size() >= 6);
    CHECK(spread(ragged_ends) > 8); // ragged right
    CHECK(spread(even_ends) < 1.0); // every full line reaches the right margin
}

TEST_CASE("a council's templates folder gives the running footer its own wording", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    Fixture f("council");
    f.write("doc.md", document("draft"));
    f.write("clerk.yaml", "templates: council-templates\n");
    f.write("council-templates/pdf.yaml",
            "furniture:\n  footer_right: \"Sheet {{page}} of {{pages}}\"\n");
    std::string pdf = f.render("doc-v1.4-draft.pdf");
    REQUIRE(!pdf.empty());
    std::string text = shell("pdftotext -layout -f 1 -l 1 '" + pdf + "' -");
    CHECK(text.find("Sheet 1 of 2") != std::string::npos);
    CHECK(text.find("Page 1 of") == std::string::npos);
    // Settings it does not name keep the bundled values: the footer's left side.
    CHECK(text.find("Version 1.4") != std::string::npos);
}

TEST_CASE("an unnumbered sub-section's contents entry lines up with its numbered neighbours",
          "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    fs::path out = fs::temp_directory_path() / ("clerk-pdf-toc-" + std::to_string(::getpid()));
    RunResult r =
        run_clerk("render --to pdf protocol-text/southend/protocol.md -o " + out.string());
    REQUIRE(r.status == 0);
    std::string xml =
        shell("pdftotext -bbox -f 1 -l 1 '" + (out / "protocol-v2.0-draft.pdf").string() + "' -");
    fs::remove_all(out);
    // The first word of each entry, by its left edge.
    auto left_of = [&xml](const std::string& word) {
        std::smatch m;
        std::regex at("<word xMin=\"([0-9.]+)\"[^>]*>" + word + "</word>");
        return std::regex_search(xml, m, at) ? std::stod(m[1]) : -1.0;
    };
    double quick = left_of("Quick");  // "Quick Guide to Councillor and Officer Roles", in 6
    double role = left_of("The");     // "6.1  The Role of Councillors"
    double number = left_of("6\\.1"); // its number
    double roles = left_of("Roles");  // "6.  Roles", the section
    REQUIRE(quick > 0);
    REQUIRE(role > 0);
    REQUIRE(number > 0);
    CHECK(std::abs(quick - role) < 0.5);
    CHECK(quick > number + 10); // in the titles' column, not the numbers'
    CHECK(quick > roles);       // and deeper than its section
}

TEST_CASE("a long table's rows run on across pages, its header row on each page", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    Fixture f("table");
    std::string text = document("draft");
    text += "\n# 2. Actions\n\n| Action | Lead | Detail |\n| --- | --- | --- |\n";
    // A row much taller than a page (every sentence numbered, to find where it breaks), then
    // ordinary rows.
    text += "| Review the protocol | Monitoring Officer | ";
    for (int i = 1; i <= 120; ++i)
        text += "Step " + std::to_string(i) + " of the review is recorded in the register. ";
    text += "|\n";
    for (int i = 1; i <= 40; ++i)
        text += "| Action " + std::to_string(i) + " | Officer " + std::to_string(i) +
                " | Report to the Standards Committee. |\n";
    f.write("doc.md", text);
    std::string pdf = f.render("doc-v1.4-draft.pdf");
    REQUIRE(!pdf.empty());
    int pages = std::stoi(info_field(shell("pdfinfo '" + pdf + "'"), "Pages"));
    REQUIRE(pages >= 4);
    // The long row starts on one page and ends on a later one, every step in order (the page
    // furniture may come between a step's word and its number).
    std::string all =
        std::regex_replace(shell("pdftotext '" + pdf + "' -"), std::regex(R"(\s+)"), " ");
    std::size_t at = 0;
    for (int i = 1; i <= 120; ++i) {
        std::string number = std::to_string(i);
        std::string with_word = "Step ", with_words = " ";
        with_word += number + " ";
        with_words += number + " of the review";
        std::size_t next = std::min(all.find(with_word, at), all.find(with_words, at));
        INFO("step " << i);
        REQUIRE(next != std::string::npos);
        at = next;
    }
    int step_pages = 0, header_pages = 0;
    for (int p = 2; p <= pages; ++p) {
        std::string page = shell("pdftotext -f " + std::to_string(p) + " -l " + std::to_string(p) +
                                 " '" + pdf + "' -");
        if (page.find("Step ") != std::string::npos) ++step_pages;
        // The header row ("Action", "Lead", "Detail") on every page the table is on.
        if (page.find("Action") != std::string::npos) {
            INFO("page " << p);
            CHECK(page.find("Lead") != std::string::npos);
            CHECK(page.find("Detail") != std::string::npos);
            ++header_pages;
        }
    }
    CHECK(step_pages >= 2);
    CHECK(header_pages >= 3);
    // Each part of the split row is a row of the table in the structure tree.
    std::string tree = shell("pdfinfo -struct '" + pdf + "'");
    std::regex tr(R"((^|\n) *TR( |\n))");
    CHECK(std::distance(std::sregex_iterator(tree.begin(), tree.end(), tr),
                        std::sregex_iterator()) >= 42);
    // And they are one row: the header, the long row and the 40 others, each part of the long
    // row's Detail cell in that cell, whichever page it is on.
    CHECK(std::distance(std::sregex_iterator(tree.begin(), tree.end(), tr),
                        std::sregex_iterator()) == 42);
    CHECK(tree.find("Private") == std::string::npos);
    std::string tree_text = shell("pdfinfo -struct-text '" + pdf + "'");
    std::size_t long_row = tree_text.find("\"Step 1 of the review");
    REQUIRE(long_row != std::string::npos);
    std::string cell = tree_text.substr(long_row, tree_text.find(" TR\n", long_row) - long_row);
    INFO(cell);
    // One line of text for each page's part of the cell, each with its steps.
    std::regex part(R"(\n *"[^"\n]*Step [0-9]+)");
    CHECK(std::distance(std::sregex_iterator(cell.begin(), cell.end(), part),
                        std::sregex_iterator()) +
              1 >=
          step_pages);
    CHECK(cell.find("Action 1") == std::string::npos);
    CHECK(shell("qpdf --check '" + pdf + "' >/dev/null && echo ok") == "ok\n");
}

TEST_CASE("the council's logo from its templates folder is a Figure with alternative text",
          "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    Fixture f("logo");
    f.write("doc.md", document("draft"));
    f.write("clerk.yaml", "templates: council-templates\n");
    f.write("council-templates/logo.png", slurp(repo_path("tests/fixtures/pdf/logo.png")));
    std::string pdf = f.render("doc-v1.4-draft.pdf");
    REQUIRE(!pdf.empty());
    // One picture, on the first page.
    std::string images = shell("pdfimages -list '" + pdf + "'");
    CHECK(std::regex_search(images, std::regex(R"(\n +1 +0 image +48 +24 )")));
    CHECK(std::count(images.begin(), images.end(), '\n') == 3); // two heading lines, one image
    std::string tree = shell("pdfinfo -struct-text '" + pdf + "'");
    CHECK(std::regex_search(tree, std::regex(R"((^|\n) *Figure( |\n))")));
    std::string dump = shell("qpdf --qdf --object-streams=disable '" + pdf + "' -");
    CHECK(dump.find("/Alt (Example Borough Council logo)") != std::string::npos);
    // The title block keeps its words, beside and under the logo.
    std::string text = shell("pdftotext -f 1 -l 1 '" + pdf + "' -");
    CHECK(text.find("Example Borough Council") != std::string::npos);
    CHECK(text.find("Protocol on Member Relations") != std::string::npos);
}

TEST_CASE("a logo that is not a PNG is one clear error, and no PDF", "[pdf][e2e]") {
    Fixture f("bad-logo");
    f.write("doc.md", document("draft"));
    f.write("clerk.yaml", "templates: council-templates\n");
    f.write("council-templates/logo.png", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    RunResult r = run_clerk("render --to pdf '" + (f.dir / "doc.md").string() + "' -o '" +
                            (f.dir / "out").string() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("logo.png") != std::string::npos);
    CHECK(r.err.find("not a PNG") != std::string::npos);
    CHECK_FALSE(fs::exists(f.dir / "out" / "doc-v1.4-draft.pdf"));
}

TEST_CASE("the structure tree reads Document, Sect, H, P, L, Table and Link as text",
          "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    fs::path out = fs::temp_directory_path() / ("clerk-pdf-tree-" + std::to_string(::getpid()));
    RunResult r =
        run_clerk("render --to pdf protocol-text/southend/protocol.md -o " + out.string());
    REQUIRE(r.status == 0);
    std::string tree =
        shell("pdfinfo -struct-text '" + (out / "protocol-v2.0-draft.pdf").string() + "'");
    fs::remove_all(out);
    for (const char* tag : {"Document", "Sect", "H1", "H2", "H3", "P", "L", "LI", "Table", "TR",
                            "TH", "TD", "Link"}) {
        INFO(tag);
        CHECK(std::regex_search(tree, std::regex(std::string("(^|\\n) *") + tag + "( |\\n)")));
    }
    // Headings and paragraphs carry their words, in order.
    std::size_t heading = tree.find("Introduction\"\n");
    std::size_t clause = tree.find("Councillor includes a non-elected Co-opted Member");
    CHECK(heading != std::string::npos);
    CHECK(clause != std::string::npos);
    CHECK(heading < clause);
    // A contents entry reads its title, a space and its page number.
    CHECK(tree.find("\"1. Introduction 2\"") != std::string::npos);
}

TEST_CASE("an unnumbered sub-section's heading starts in the titles' column", "[pdf][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    fs::path out = fs::temp_directory_path() / ("clerk-pdf-heading-" + std::to_string(::getpid()));
    RunResult r =
        run_clerk("render --to pdf protocol-text/southend/protocol.md -o " + out.string());
    REQUIRE(r.status == 0);
    // Past the contents: the page with "Quick Guide" as a heading, and the "6.1" heading's
    // title "The Role of Councillors".
    std::string xml =
        shell("pdftotext -bbox -f 3 '" + (out / "protocol-v2.0-draft.pdf").string() + "' -");
    fs::remove_all(out);
    std::smatch quick, role;
    REQUIRE(
        std::regex_search(xml, quick, std::regex("<word xMin=\"([0-9.]+)\"[^>]*>Quick</word>")));
    REQUIRE(std::regex_search(
        xml, role,
        std::regex("<word xMin=\"([0-9.]+)\"[^>]*>The</word>\\s*<word[^>]*>Role</word>")));
    CHECK(std::abs(std::stod(quick[1]) - std::stod(role[1])) < 0.5);
}

// The PDF style: the bundled pdf.yaml, a council's override key by key, and the errors a
// misspelt key, a bad value or a missing font give, each with its file and line.
#include "pdf/style.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace clerk;
using namespace clerk::test;
namespace fs = std::filesystem;

namespace {

struct StyleFolder {
    fs::path dir;
    explicit StyleFolder(const std::string& yaml) {
        static int counter = 0;
        dir = fs::temp_directory_path() /
              ("clerk-pdf-style-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::create_directories(dir);
        std::ofstream(dir / "pdf.yaml", std::ios::binary) << yaml;
    }
    ~StyleFolder() { fs::remove_all(dir); }
    pdf::PdfStyleResult load() const {
        return pdf::load_pdf_style({dir.string(), repo_path("templates")});
    }
};

std::string messages(const pdf::PdfStyleResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics)
        out += d.file + ":" + std::to_string(d.span.begin.line) + ": " + d.message + "\n";
    return out;
}

} // namespace

TEST_CASE("the bundled PDF style is A4 with left-aligned text and named fonts", "[pdf][style]") {
    pdf::PdfStyleResult r = pdf::load_pdf_style({repo_path("templates")});
    INFO(messages(r));
    REQUIRE(r.style);
    CHECK(r.style->page_width == Approx(595.28).epsilon(0.001));
    CHECK(r.style->page_height == Approx(841.89).epsilon(0.001));
    CHECK_FALSE(r.style->justify);
    CHECK(r.style->font_package == "fonts-liberation2");
    CHECK(r.style->body_font == "Liberation Sans");
    CHECK(r.style->footer_right.find("{{pages}}") != std::string::npos);
    // The wording comes from the HTML templates.
    CHECK(r.style->templates.word("contents") == "Contents");
}

TEST_CASE("a council's pdf.yaml overrides the settings it names and keeps the rest",
          "[pdf][style]") {
    StyleFolder council("text:\n  justify: true\ncolours:\n  link: \"#006633\"\n");
    pdf::PdfStyleResult r = council.load();
    INFO(messages(r));
    REQUIRE(r.style);
    CHECK(r.style->justify);
    CHECK(r.style->link.g == Approx(0x66 / 255.0));
    CHECK(r.style->body_size == 11); // not overridden
}

TEST_CASE("a misspelt PDF setting is an error naming its file and line", "[pdf][style]") {
    StyleFolder council("text:\n  justify: true\n  justfy: false\n");
    pdf::PdfStyleResult r = council.load();
    CHECK_FALSE(r.style);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].span.begin.line == 3);
    CHECK(r.diagnostics[0].message.find("text.justfy") != std::string::npos);
    CHECK(r.diagnostics[0].file.find("pdf.yaml") != std::string::npos);
}

TEST_CASE("bad values in the PDF style are errors with what to write", "[pdf][style]") {
    StyleFolder council(
        "colours:\n  text: blue\nsizes:\n  body: -3\npage:\n  action_plan_landscape: maybe\n");
    pdf::PdfStyleResult r = council.load();
    CHECK_FALSE(r.style);
    REQUIRE(r.diagnostics.size() == 3);
    std::string all = messages(r);
    CHECK(all.find("'colours.text'") != std::string::npos);
    CHECK(all.find("'sizes.body'") != std::string::npos);
    CHECK(all.find("'page.action_plan_landscape'") != std::string::npos);
    CHECK(r.diagnostics[0].suggestion.find("#rrggbb") != std::string::npos);
}

TEST_CASE("a font that is not installed names the package to install", "[pdf][style]") {
    StyleFolder council("fonts:\n  body: No Such Font Family\n");
    pdf::PdfStyleResult r = council.load();
    CHECK_FALSE(r.style);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].span.begin.line == 2);
    CHECK(r.diagnostics[0].message.find("No Such Font Family") != std::string::npos);
    CHECK(r.diagnostics[0].suggestion.find("apt-get install fonts-liberation2") !=
          std::string::npos);
}

TEST_CASE("a malformed pdf.yaml is an error with its line", "[pdf][style]") {
    StyleFolder council("text:\n  justify: [true\n");
    pdf::PdfStyleResult r = council.load();
    CHECK_FALSE(r.style);
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].message.find("malformed PDF style") != std::string::npos);
}

TEST_CASE("the same settings as the bundled ones give no findings", "[pdf][style]") {
    // A near miss: a council file that repeats bundled keys with valid values.
    StyleFolder council("sizes:\n  body: 11\nfonts:\n  body: Liberation Serif\n");
    pdf::PdfStyleResult r = council.load();
    INFO(messages(r));
    REQUIRE(r.style);
    CHECK(r.style->body_font == "Liberation Serif");
}

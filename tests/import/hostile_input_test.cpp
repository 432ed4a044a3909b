// Unusable input is refused with a clear error and exit status 2, in bounded time and
// memory: each run is limited by the shell (run_bounded), so a runaway import fails the
// test instead of the machine.
#include "import_support.hpp"
#include "io/zip_archive.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <random>

using namespace clerk;
using namespace clerk::test;

namespace {

// Runs `clerk ARGS` under limits: 20 s of CPU and, unless built with AddressSanitizer
// (which reserves a large address space of its own), 1 GB of address space.
RunResult run_bounded(const std::string& args) {
#if defined(__SANITIZE_ADDRESS__)
    const std::string limits = "ulimit -t 20";
#else
    const std::string limits = "ulimit -t 20 -v 1048576";
#endif
    return run_command("cd '" + std::string(CLERK_SOURCE_DIR) + "' && (" + limits + "; exec '" +
                       CLERK_BINARY + "' " + args + ")");
}

} // namespace

TEST_CASE("hostile text: a 50 MB text file is refused before it is read") {
    TempFile big("", ".txt");
    {
        std::ofstream out(big.path, std::ios::binary);
        std::string line =
            "1.1 This Protocol applies to relations between Councillors and Officers.\n";
        for (std::size_t written = 0; written < (50u << 20); written += line.size())
            out << line;
    }
    auto r = run_bounded("import '" + big.str() + "' -o /dev/null");
    CHECK(r.status == 2);
    CHECK(r.err.find("too large") != std::string::npos);
    CHECK(r.err.find("the limit is 8 MB") != std::string::npos);
}

TEST_CASE("hostile text: binary garbage is refused as not text") {
    std::mt19937 random(42);
    std::string bytes;
    for (int i = 0; i < 65536; ++i)
        bytes += static_cast<char>(random() & 0xFF);
    TempFile garbage(bytes, ".txt");
    auto r = run_bounded("import '" + garbage.str() + "' -o /dev/null");
    CHECK(r.status == 2);
    CHECK(r.err.find("not a text file") != std::string::npos);
}

TEST_CASE("hostile text: Windows-1252 text gets the encoding advice") {
    TempFile cp1252("1. Scope\n\n1.1 The Council\x92s staff.\n", ".txt");
    auto r = run_bounded("import '" + cp1252.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("UTF-8") != std::string::npos);
}

TEST_CASE("hostile text: text with no structure is refused, pathological lines are not") {
    TempFile plain("just some words in lower case\n", ".txt");
    auto r = run_bounded("import '" + plain.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("no numbered sections") != std::string::npos);

    // A line just under the 1 MB line limit and deep glyph nesting: slow paths would show
    // here.
    std::string huge = "1. Scope\n\n1.1 " + std::string(1000u << 10, 'a') + "\n\n";
    for (int i = 0; i < 2000; ++i)
        huge += std::string(static_cast<std::size_t>(i % 40), ' ') + "- item\n";
    TempFile pathological(huge, ".txt");
    auto p = run_bounded("import '" + pathological.str() + "' -o /dev/null");
    CHECK(p.status == 0);
}

TEST_CASE("a damaged PDF, a textless PDF or a .doc is refused with what to do instead") {
    TempFile pdf("%PDF-1.7\n...", ".pdf");
    auto r = run_bounded("import '" + pdf.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("the PDF could not be read") != std::string::npos);
    // A PDF named .txt is still read as a PDF: the first bytes decide.
    TempFile disguised("%PDF-1.7\n...", ".txt");
    r = run_bounded("import '" + disguised.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("the PDF could not be read") != std::string::npos);
    TempFile doc(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest", ".doc");
    r = run_bounded("import '" + doc.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("save it as .docx") != std::string::npos);
    r = run_bounded("import no-such-file.txt");
    CHECK(r.status == 2);
    CHECK(r.err.find("no such file") != std::string::npos);
}

namespace {

// Writes a zip archive with the given files (name, content), deflated.
void write_zip(const std::string& path, const std::vector<ZipEntry>& files) {
    std::string bytes = zip_archive(files);
    REQUIRE(!bytes.empty());
    std::ofstream(path, std::ios::binary) << bytes;
}

} // namespace

TEST_CASE("hostile docx: a zip that is not a Word document") {
    TempFile notes("", ".docx");
    write_zip(notes.str(), {{"notes.txt", "1. Scope\n"}});
    auto r = run_bounded("import '" + notes.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("not a Word document") != std::string::npos);

    TempFile odt("", ".odt");
    write_zip(odt.str(),
              {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}});
    r = run_bounded("import '" + odt.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("save it as .docx") != std::string::npos);
}

TEST_CASE("hostile docx: zip bombs are refused before they are inflated") {
    // 8 MB of zeros deflate to a few kilobytes: over the ratio limit.
    TempFile ratio("", ".docx");
    const std::string zeros(8u << 20, '\0');
    write_zip(ratio.str(), {{"word/document.xml", zeros}});
    auto r = run_bounded("import '" + ratio.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("zip bomb") != std::string::npos);

    // 80 MB in one part: over the size limit, whatever the ratio.
    TempFile big("", ".docx");
    std::string spaces(80u << 20, ' ');
    write_zip(big.str(), {{"word/document.xml", spaces}});
    r = run_bounded("import '" + big.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("would inflate to 80 MB") != std::string::npos);
}

TEST_CASE("hostile docx: a truncated file, garbage and broken XML") {
    std::string real = slurp(repo_path("tests/fixtures/import/numbered-protocol.docx"));
    REQUIRE(real.size() > 1000);
    TempFile truncated(real.substr(0, real.size() / 2), ".docx");
    auto r = run_bounded("import '" + truncated.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("truncated") != std::string::npos);

    std::mt19937 random(7);
    std::string garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += static_cast<char>(random() & 0xFF);
    TempFile junk(garbage, ".docx");
    r = run_bounded("import '" + junk.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("not a zip archive") != std::string::npos);

    TempFile broken("", ".docx");
    write_zip(broken.str(), {{"word/document.xml", "<w:document><w:body><w:p>"}});
    r = run_bounded("import '" + broken.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("not well-formed XML") != std::string::npos);
}

TEST_CASE("the import never writes over its source") {
    TempFile source("1. Scope\n\n1.1 Words.\n", ".txt");
    auto r = run_bounded("import '" + source.str() + "' -o '" + source.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("would overwrite") != std::string::npos);
    CHECK(slurp(source.str()) == "1. Scope\n\n1.1 Words.\n");
}

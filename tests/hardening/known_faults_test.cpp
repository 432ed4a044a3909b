// Inputs that once crashed Clerk, hung it or made it grow without bound, each run through
// the `clerk` binary under CPU, wall-clock and memory limits. Each must end with a clear
// diagnostic and exit status 2, or be read correctly: no signal, no sanitizer report, no
// hang. (The fuzzers' own finds are replayed from tests/fuzz/regressions.)
#include "hardening_support.hpp"
#include "import/docx_numbering.hpp"

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <sys/types.h>

using namespace clerk::test;

namespace {

std::string repeat(const std::string& piece, int times) {
    std::string out;
    out.reserve(piece.size() * static_cast<std::size_t>(times));
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

// An Akoma Ntoso document whose <mainBody> holds `body`.
std::string akn_document(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
           "<doc name=\"protocol\"><meta/><mainBody>\n" +
           body + "\n</mainBody></doc></akomaNtoso>\n";
}

} // namespace

TEST_CASE("a clause ending in a constitution citation is checked", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("protocol.md", small_document("1.2 It applies as does Standing "
                                                              "Order 46.\n"));
    BoundedRun r = run_limited("check '" + doc + "'");
    CHECK(r.clean());
    CHECK((r.status == 0 || r.status == 1));
}

TEST_CASE("8,500 nested list levels are refused at the nesting limit", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("deep.md", small_document(repeat("- ", 8500) + "text\n"));
    BoundedRun r = run_limited("outline '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.err.find("deep.md:5:") != std::string::npos);
    CHECK(r.err.find("nesting deeper than 100 levels") != std::string::npos);
    CHECK(r.error_lines() == 1);
}

TEST_CASE("20,000 nested block quotes are refused at the nesting limit", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("quotes.md", small_document(repeat(">", 20000) + " text\n"));
    BoundedRun r = run_limited("check '" + doc + "'"); // check reports on standard output
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.out.find("quotes.md:5:1: error: nesting deeper than 100 levels") != std::string::npos);
}

TEST_CASE("emphasis nested 5,000 deep is refused at the nesting limit", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("emphasis.md", small_document("1.2 " + repeat("*a _b ", 5000) +
                                                              repeat("b_ a*", 5000) + "\n"));
    BoundedRun r = run_limited("export --to json '" + doc + "'");
    CHECK(r.clean());
    CHECK((r.status == 0 || r.status == 2));
}

TEST_CASE("nesting within the limit is read", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("lists.md", small_document(repeat("- ", 40) + "text\n"));
    BoundedRun r = run_limited("export --to md '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 0);
}

TEST_CASE("Akoma Ntoso with 10,000 nested hcontainers or inlines is refused", "[hardening]") {
    ScratchDir dir;
    std::string units =
        dir.write("units.xml", akn_document(repeat("<hcontainer name=\"x\"><num>1</num>", 10000) +
                                            repeat("</hcontainer>", 10000)));
    std::string inlines =
        dir.write("inlines.xml", akn_document("<section eId=\"sec_1\"><num>1.</num><content><p>" +
                                              repeat("<b>", 10000) + "text" +
                                              repeat("</b>", 10000) + "</p></content></section>"));
    for (const std::string& file : {units, inlines}) {
        for (const char* command : {"outline", "validate"}) {
            BoundedRun r = run_limited(std::string(command) + " '" + file + "'");
            INFO(command << " " << file << "\n" << r.err);
            CHECK(r.clean());
            CHECK(r.status == 2);
            CHECK(r.err.find("nested deeper than 100 levels") != std::string::npos);
        }
    }
}

TEST_CASE("a YAML billion laughs in front matter is refused at the value limit", "[hardening]") {
    std::string yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char name = 'b'; name <= 'i'; ++name) {
        std::string prev(1, static_cast<char>(name - 1));
        yaml += std::string(1, name) + ": &" + name + " [" + repeat("*" + prev + ", ", 8) + "*" +
                prev + "]\n";
    }
    ScratchDir dir;
    std::string doc = dir.write("laughs.md", "---\n" + yaml + "---\n" + small_document());
    BoundedRun r = run_limited("export --to json '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.err.find("front matter expands to more than 10000 values") != std::string::npos);
    CHECK(r.error_lines() == 1);
}

TEST_CASE("a front matter alias within the limit is read", "[hardening]") {
    ScratchDir dir;
    std::string doc =
        dir.write("alias.md", "---\ntitle: &t Protocol\nshort: *t\n---\n" + small_document());
    BoundedRun r = run_limited("export --to json '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 0);
    CHECK(r.out.find("\"short\": \"Protocol\"") != std::string::npos);
}

TEST_CASE("a complex key in front matter is an error naming the line", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("complex.md", "---\ntitle: Protocol\n? [a, b]\n: value\n---\n" +
                                                  small_document());
    BoundedRun r = run_limited("outline '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.err.find("complex.md:3:1: error: a front matter key must be a single word") !=
          std::string::npos);
}

TEST_CASE("a history field that is a list is an error, not dropped", "[hardening]") {
    ScratchDir dir;
    std::string doc =
        dir.write("history.md", "---\nhistory: [{version: [1]}]\n---\n" + small_document());
    BoundedRun r = run_limited("export --to akn '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.err.find("history.md:2:1: error: 'history' field 'version' must be a single value") !=
          std::string::npos);
    CHECK(r.out.empty());

    std::string unknown =
        dir.write("unknown.md",
                  "---\nhistory:\n  - { version: 1, sigend: Council }\n---\n" + small_document());
    r = run_limited("export --to json '" + unknown + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("unknown 'history' field 'sigend'") != std::string::npos);
}

TEST_CASE("clerk.yaml with a list where a path belongs is an error", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("protocol.md", small_document());
    dir.write("clerk.yaml", "reference: [a, b]\n");
    BoundedRun r = run_limited("check '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.out.find("clerk.yaml:1:1: error: 'reference' must be one path") != std::string::npos);
    std::string complex = dir.write("complex.yaml", "? [a, b]\n: c\n");
    r = run_limited("check --config '" + complex + "' '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.out.find("a setting's name must be a word") != std::string::npos);
}

TEST_CASE("clerk.yaml that is a folder is an error", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("protocol.md", small_document());
    std::filesystem::create_directories(dir.path / "clerk.yaml");
    BoundedRun r = run_limited("check '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.out.find("cannot read the configuration file: is a directory") != std::string::npos);
    r = run_limited("render --to html -o '" + dir.str() + "/out' '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
}

TEST_CASE("a bad --config stops before any rule runs", "[hardening]") {
    ScratchDir dir;
    // 1.3 after 1.1 is a numbering gap the defaults report.
    std::string doc = dir.write("protocol.md", small_document("1.3 A clause after a gap.\n"));
    std::string config = dir.write("bad.yaml", "rules:\n  no/such-rule: off\n");
    BoundedRun r = run_limited("check --config '" + config + "' '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.out.find("unknown rule 'no/such-rule'") != std::string::npos);
    CHECK(r.out.find("num/gap") == std::string::npos);
    // The same document with a good configuration does report the gap.
    std::string good = dir.write("good.yaml", "rules:\n  lang/gendered: off\n");
    r = run_limited("check --config '" + good + "' '" + doc + "'");
    CHECK(r.out.find("num/gap") != std::string::npos);
}

TEST_CASE("a constitution map that is a FIFO is refused without waiting", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("protocol.md", small_document());
    std::string fifo = (dir.path / "map.yaml").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    dir.write("clerk.yaml", "constitution_map: map.yaml\n");
    BoundedRun r = run_limited("check '" + doc + "'", CLERK_SOURCE_DIR, 20);
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.out.find("is a FIFO (a named pipe), not a regular file") != std::string::npos);
}

TEST_CASE("a document that is a FIFO or a device is refused", "[hardening]") {
    ScratchDir dir;
    std::string fifo = (dir.path / "protocol.md").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    BoundedRun r = run_limited("outline '" + fifo + "'", CLERK_SOURCE_DIR, 20);
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.err.find("is a FIFO") != std::string::npos);
    r = run_limited("outline /dev/zero", CLERK_SOURCE_DIR, 20);
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.err.find("/dev/zero: error: cannot read file: is a device, not a regular file") !=
          std::string::npos);
    r = run_limited("import /dev/zero", CLERK_SOURCE_DIR, 20);
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.err.find("is a device") != std::string::npos);
}

TEST_CASE("reference files that are /dev/zero or folders are reported", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("doc/protocol.md", small_document());
    std::filesystem::create_directories(dir.path / "doc/reference/legislation.yaml");
    std::filesystem::create_symlink("/dev/zero", dir.path / "doc/reference/gendered-terms.yaml");
    BoundedRun r = run_limited("check '" + doc + "'", CLERK_SOURCE_DIR, 20);
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.out.find("legislation.yaml: error: cannot read reference data: is a directory") !=
          std::string::npos);
    CHECK(r.out.find("cannot read reference data: is a device") != std::string::npos);
}

TEST_CASE("a document over the size limit is refused before it is read", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("big.md", small_document(std::string(17u << 20, 'a') + "\n"));
    BoundedRun r = run_limited("outline '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.err.find("file is too large (17 MB; the limit is 16 MB)") != std::string::npos);
}

TEST_CASE("a line over the line limit is refused naming the line", "[hardening]") {
    ScratchDir dir;
    std::string doc =
        dir.write("line.md", small_document("1.2 " + std::string(2u << 20, 'a') + "\n"));
    BoundedRun r = run_limited("outline '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 2);
    CHECK(r.err.find("line.md:5:1: error: line 5 is 2048 KB long; the limit is 1024 KB a line") !=
          std::string::npos);
}

TEST_CASE("docx numbering at the edges of an int counts on without overflow", "[hardening]") {
    for (const char* start : {"2147483647", "-5", "99999999999999999999"}) {
        pugi::xml_document xml;
        std::string numbering =
            std::string(R"(<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">)"
                        R"(<w:lvl w:ilvl="0"><w:start w:val=")") +
            start +
            R"("/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>)"
            R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)"
            R"(</w:numbering>)";
        REQUIRE(xml.load_string(numbering.c_str()));
        clerk::import::DocxNumbering n;
        n.load(xml.child("w:numbering"));
        auto first = n.next(1, 0), second = n.next(1, 0), third = n.next(1, 0);
        REQUIRE(first);
        REQUIRE(second);
        REQUIRE(third);
        INFO(start);
        CHECK(first->text != second->text);
        CHECK(second->text != third->text);
        CHECK(first->text.find('-') == std::string::npos);
    }
}

TEST_CASE("500-level clause numbers are read and checked", "[hardening]") {
    std::string number = "1";
    std::string body = "# 1. Scope\n\n";
    for (int level = 2; level <= 500; ++level) {
        number += ".1";
        body += number + " Clause at level " + std::to_string(level) + ".\n\n";
    }
    ScratchDir dir;
    std::string doc = dir.write("levels.md", body);
    BoundedRun r = run_limited("check '" + doc + "'");
    CHECK(r.clean());
    CHECK((r.status == 0 || r.status == 1));
    r = run_limited("export --to akn '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 0);
}

TEST_CASE("a 5 MB paragraph is read", "[hardening]") {
    std::string paragraph = "1.2 ";
    while (paragraph.size() < (5u << 20))
        paragraph += "The Councillor will consult the Monitoring Officer on every matter\n";
    ScratchDir dir;
    std::string doc = dir.write("long.md", small_document(paragraph));
    BoundedRun r = run_limited("export --to json '" + doc + "'");
    CHECK(r.clean());
    CHECK(r.status == 0);
}

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

// An Akoma Ntoso document whose <mainBody> holds `body`.
std::string akn_document(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
           "<doc name=\"protocol\"><meta/><mainBody>\n" +
           body + "\n</mainBody></doc></akomaNtoso>\n";
}

// The run ended by itself, with no sanitizer report, and with exit status `status`.
void expect_ended(const BoundedRun& r, int status) {
    INFO("standard error:\n" << r.err.substr(0, 2000));
    CHECK(r.clean());
    CHECK(r.status == status);
}

// A clean refusal: exit status 2 and `message` in `text` (the run's standard output or error).
void expect_refusal(const BoundedRun& r, const std::string& text, const std::string& message) {
    expect_ended(r, 2);
    INFO("expected: " << message << "\ngot: " << text.substr(0, 2000));
    CHECK(text.find(message) != std::string::npos);
}

// A document checked to the end: exit status 0 (no findings) or 1 (findings).
void expect_checked(const BoundedRun& r) {
    INFO("standard error:\n" << r.err.substr(0, 2000));
    CHECK(r.clean());
    CHECK((r.status == 0 || r.status == 1));
}

} // namespace

TEST_CASE("a clause ending in a constitution citation is checked", "[hardening]") {
    expect_checked(run_on_file("check", "protocol.md",
                               small_document("1.2 It applies as does Standing Order 46.\n")));
}

// The inputs that overflowed std::regex's recursion when the readers and rules used it; each
// is now read and checked in time in proportion to its length.
TEST_CASE("a 58 KB list item is checked", "[hardening]") {
    std::string item = "- " + repeat("The Councillor will consult the Monitoring Officer. ", 1120);
    REQUIRE(item.size() > 58000);
    expect_checked(run_on_file("check", "item.md", small_document(item + "\n")));
}

TEST_CASE("a 30 KB list of section numbers is checked", "[hardening]") {
    expect_checked(
        run_on_file("check", "sections.md",
                    small_document("1.2 See Sections 1.1" + repeat(", 1.1", 6000) + ".\n")));
}

TEST_CASE("8,000 Standing Order numbers in one citation are checked", "[hardening]") {
    expect_checked(
        run_on_file("check", "orders.md",
                    small_document("1.2 See Standing Orders 12" + repeat(", 12", 8000) + ".\n")));
}

TEST_CASE("a heading 'Appendix 1' followed by 50,000 characters is checked", "[hardening]") {
    expect_checked(run_on_file("check", "appendix.md",
                               small_document("# Appendix 1 " + repeat("a", 50000) + "\n")));
}

TEST_CASE("a heading of 50,000 spaces is checked", "[hardening]") {
    expect_checked(
        run_on_file("check", "spaces.md", small_document("# 2." + repeat(" ", 50000) + "Title\n")));
    expect_checked(
        run_on_file("check", "blank.md", small_document("#" + repeat(" ", 50000) + "\n")));
}

TEST_CASE("a 50,000-character suppression comment is checked", "[hardening]") {
    expect_checked(
        run_on_file("check", "suppression.md",
                    small_document("<!-- clerk-disable-next-line " + repeat("num/gap ", 6250) +
                                   "-->\n" + "1.3 A clause after a gap.\n")));
}

TEST_CASE("8,500 nested list levels are refused at the nesting limit", "[hardening]") {
    BoundedRun r = run_on_file("outline", "deep.md", small_document(repeat("- ", 8500) + "text\n"));
    expect_refusal(r, r.err, "deep.md:5:");
    expect_refusal(r, r.err, "nesting deeper than 100 levels");
    CHECK(r.error_lines() == 1);
}

TEST_CASE("20,000 nested block quotes are refused at the nesting limit", "[hardening]") {
    // `check` reports on standard output.
    BoundedRun r =
        run_on_file("check", "quotes.md", small_document(repeat(">", 20000) + " text\n"));
    expect_refusal(r, r.out, "quotes.md:5:1: error: nesting deeper than 100 levels");
}

TEST_CASE("emphasis nested 5,000 deep is refused at the nesting limit", "[hardening]") {
    BoundedRun r =
        run_on_file("export --to json", "emphasis.md",
                    small_document("1.2 " + repeat("*a _b ", 5000) + repeat("b_ a*", 5000) + "\n"));
    CHECK(r.clean());
    CHECK((r.status == 0 || r.status == 2));
}

TEST_CASE("nesting within the limit is read", "[hardening]") {
    expect_ended(
        run_on_file("export --to md", "lists.md", small_document(repeat("- ", 40) + "text\n")), 0);
}

TEST_CASE("Akoma Ntoso with 10,000 nested hcontainers or inlines is refused", "[hardening]") {
    const std::string units = akn_document(repeat("<hcontainer name=\"x\"><num>1</num>", 10000) +
                                           repeat("</hcontainer>", 10000));
    const std::string inlines =
        akn_document("<section eId=\"sec_1\"><num>1.</num><content><p>" + repeat("<b>", 10000) +
                     "text" + repeat("</b>", 10000) + "</p></content></section>");
    for (const std::string& xml : {units, inlines}) {
        for (const char* command : {"outline", "validate"}) {
            INFO(command);
            BoundedRun r = run_on_file(command, "deep.xml", xml);
            expect_refusal(r, r.err, "nested deeper than 100 levels");
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
    BoundedRun r =
        run_on_file("export --to json", "laughs.md", "---\n" + yaml + "---\n" + small_document());
    expect_refusal(r, r.err, "front matter expands to more than 10000 values");
    CHECK(r.error_lines() == 1);
}

TEST_CASE("a front matter alias within the limit is read", "[hardening]") {
    BoundedRun r = run_on_file("export --to json", "alias.md",
                               "---\ntitle: &t Protocol\nshort: *t\n---\n" + small_document());
    expect_ended(r, 0);
    CHECK(r.out.find("\"short\": \"Protocol\"") != std::string::npos);
}

TEST_CASE("a complex key in front matter is an error naming the line", "[hardening]") {
    BoundedRun r = run_on_file("outline", "complex.md",
                               "---\ntitle: Protocol\n? [a, b]\n: value\n---\n" + small_document());
    expect_refusal(r, r.err, "complex.md:3:1: error: a front matter key must be a single word");
}

TEST_CASE("a history field that is a list is an error, not dropped", "[hardening]") {
    BoundedRun r = run_on_file("export --to akn", "history.md",
                               "---\nhistory: [{version: [1]}]\n---\n" + small_document());
    expect_refusal(r, r.err,
                   "history.md:2:1: error: 'history' field 'version' must be a single value");
    CHECK(r.out.empty());

    r = run_on_file("export --to json", "unknown.md",
                    "---\nhistory:\n  - { version: 1, sigend: Council }\n---\n" + small_document());
    expect_refusal(r, r.err, "unknown 'history' field 'sigend'");
}

TEST_CASE("clerk.yaml with a list where a path belongs is an error", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("protocol.md", small_document());
    dir.write("clerk.yaml", "reference: [a, b]\n");
    BoundedRun r = run_limited("check '" + doc + "'");
    expect_refusal(r, r.out, "clerk.yaml:1:1: error: 'reference' must be one path");
    std::string complex = dir.write("complex.yaml", "? [a, b]\n: c\n");
    r = run_limited("check --config '" + complex + "' '" + doc + "'");
    expect_refusal(r, r.out, "a setting's name must be a word");
}

TEST_CASE("clerk.yaml that is a folder is an error", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("protocol.md", small_document());
    std::filesystem::create_directories(dir.path / "clerk.yaml");
    BoundedRun r = run_limited("check '" + doc + "'");
    expect_refusal(r, r.out, "cannot read the configuration file: is a directory");
    expect_ended(run_limited("render --to html -o '" + dir.str() + "/out' '" + doc + "'"), 2);
}

TEST_CASE("a bad --config stops before any rule runs", "[hardening]") {
    ScratchDir dir;
    // 1.3 after 1.1 is a numbering gap the defaults report.
    std::string doc = dir.write("protocol.md", small_document("1.3 A clause after a gap.\n"));
    std::string config = dir.write("bad.yaml", "rules:\n  no/such-rule: off\n");
    BoundedRun r = run_limited("check --config '" + config + "' '" + doc + "'");
    expect_refusal(r, r.out, "unknown rule 'no/such-rule'");
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
    expect_refusal(r, r.out, "is a FIFO (a named pipe), not a regular file");
}

TEST_CASE("a document that is a FIFO or a device is refused", "[hardening]") {
    ScratchDir dir;
    std::string fifo = (dir.path / "protocol.md").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    BoundedRun r = run_limited("outline '" + fifo + "'", CLERK_SOURCE_DIR, 20);
    expect_refusal(r, r.err, "is a FIFO");
    r = run_limited("outline /dev/zero", CLERK_SOURCE_DIR, 20);
    expect_refusal(r, r.err, "/dev/zero: error: cannot read file: is a device, not a regular file");
    r = run_limited("import /dev/zero", CLERK_SOURCE_DIR, 20);
    expect_refusal(r, r.err, "is a device");
}

TEST_CASE("reference files that are /dev/zero or folders are reported", "[hardening]") {
    ScratchDir dir;
    std::string doc = dir.write("doc/protocol.md", small_document());
    std::filesystem::create_directories(dir.path / "doc/reference/legislation.yaml");
    std::filesystem::create_symlink("/dev/zero", dir.path / "doc/reference/gendered-terms.yaml");
    BoundedRun r = run_limited("check '" + doc + "'", CLERK_SOURCE_DIR, 20);
    expect_refusal(r, r.out, "legislation.yaml: error: cannot read reference data: is a directory");
    expect_refusal(r, r.out, "cannot read reference data: is a device");
}

TEST_CASE("a document over the size limit is refused before it is read", "[hardening]") {
    BoundedRun r =
        run_on_file("outline", "big.md", small_document(std::string(17u << 20, 'a') + "\n"));
    expect_refusal(r, r.err, "file is too large (17 MB; the limit is 16 MB)");
}

TEST_CASE("a line over the line limit is refused naming the line", "[hardening]") {
    BoundedRun r = run_on_file("outline", "line.md",
                               small_document("1.2 " + std::string(2u << 20, 'a') + "\n"));
    expect_refusal(r, r.err,
                   "line.md:5:1: error: line 5 is 2048 KB long; the limit is 1024 KB a line");
}

namespace {

// The labels of the first three paragraphs of a one-level decimal list whose numbering.xml
// gives the level `level_start` and, when given, the list instance a start override.
std::vector<std::string> first_docx_labels(const std::string& level_start,
                                           const std::string& override_start = "") {
    std::string numbering =
        R"(<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">)"
        R"(<w:lvl w:ilvl="0"><w:start w:val=")" +
        level_start +
        R"("/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>)"
        R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>)" +
        (override_start.empty() ? std::string()
                                : R"(<w:lvlOverride w:ilvl="0"><w:startOverride w:val=")" +
                                      override_start + R"("/></w:lvlOverride>)") +
        R"(</w:num></w:numbering>)";
    pugi::xml_document xml;
    REQUIRE(xml.load_string(numbering.c_str()));
    clerk::import::DocxNumbering n;
    n.load(xml.child("w:numbering"));
    std::vector<std::string> labels;
    for (int i = 0; i < 3; ++i) {
        auto label = n.next(1, 0);
        labels.push_back(label ? label->text : "(none)");
    }
    return labels;
}

} // namespace

TEST_CASE("docx numbering at the edges of an int counts on without overflow", "[hardening]") {
    for (const char* start : {"2147483647", "-5", "99999999999999999999"}) {
        INFO(start);
        std::vector<std::string> labels = first_docx_labels(start);
        CHECK(labels[0] != labels[1]);
        CHECK(labels[1] != labels[2]);
        CHECK(labels[0].find('-') == std::string::npos);
    }
}

TEST_CASE("docx numbering started at 0 counts from 0", "[hardening]") {
    CHECK(first_docx_labels("0") == std::vector<std::string>{"0.", "1.", "2."});
    // A list instance restarted at 0 (Word's startOverride) shows 0 first, not the level's start.
    CHECK(first_docx_labels("1", "0") == std::vector<std::string>{"0.", "1.", "2."});
    CHECK(first_docx_labels("1", "7") == std::vector<std::string>{"7.", "8.", "9."});
}

TEST_CASE("500-level clause numbers are read and checked", "[hardening]") {
    std::string number = "1";
    std::string body = "# 1. Scope\n\n";
    for (int level = 2; level <= 500; ++level) {
        number += ".1";
        body += number + " Clause at level " + std::to_string(level) + ".\n\n";
    }
    expect_checked(run_on_file("check", "levels.md", body));
    expect_ended(run_on_file("export --to akn", "levels.md", body), 0);
}

TEST_CASE("a 5 MB paragraph is read", "[hardening]") {
    std::string paragraph = "1.2 ";
    while (paragraph.size() < (5u << 20))
        paragraph += "The Councillor will consult the Monitoring Officer on every matter\n";
    expect_ended(run_on_file("export --to json", "long.md", small_document(paragraph)), 0);
}

TEST_CASE("sections numbered 1000 and above are read as units", "[hardening]") {
    std::string body;
    for (int section = 998; section <= 1001; ++section)
        body += "# " + std::to_string(section) + ". Section " + std::to_string(section) + "\n\n" +
                std::to_string(section) + ".1 The Councillor will consult the Officer.\n\n";
    BoundedRun r = run_on_file("outline", "long.md", "# 1. Scope\n\n1.1 First.\n\n" + body);
    expect_ended(r, 0);
    for (const char* unit : {"1000. Section 1000", "1000.1 ", "1001. Section 1001", "1001.1 "}) {
        INFO(unit << "\n" << r.out);
        CHECK(r.out.find(unit) != std::string::npos);
    }
}

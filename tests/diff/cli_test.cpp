// clerk diff end to end: the example schedule and redline against golden files, the
// formats, and unusable input. Regenerate the golden files with CLERK_UPDATE_GOLDEN=1.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace clerk::test;

namespace {

const std::string kExample = "examples/southend-protocol-2016-reconstructed.md";
const std::string kCurrent = "protocol-text/southend/protocol.md";

// Compares `actual` with the golden file, or rewrites it when asked to.
void check_golden(const std::string& relative, const std::string& actual) {
    std::string path = repo_path(relative);
    if (std::getenv("CLERK_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("updated " << relative);
        return;
    }
    INFO("golden file " << relative << " (CLERK_UPDATE_GOLDEN=1 rewrites it)");
    CHECK(actual == slurp(path));
}

// The page's body: the part that does not depend on the council's stylesheet.
std::string body_of(const std::string& page) {
    std::size_t begin = page.find("<body");
    std::size_t end = page.find("</body>");
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    return page.substr(begin, end - begin) + "\n";
}

} // namespace

TEST_CASE("the example diff gives the schedule of changes the committee report describes",
          "[diff][e2e]") {
    RunResult md = run_clerk("diff --format md " + kExample + " " + kCurrent);
    REQUIRE(md.status == 0);
    check_golden("tests/fixtures/diff/example-schedule.md", md.out);
    // What the report's section 4 says changed is each in the schedule.
    CHECK(md.out.find("| 7.2–7.2.3 | – | Removed |") != std::string::npos);
    CHECK(md.out.find("| 5.8 | 5.8 | Amended |") != std::string::npos);
    CHECK(md.out.find("‘Strategic’ replaced by ‘Executive’") != std::string::npos);
    CHECK(md.out.find("‘he / she’ replaced by ‘they’") != std::string::npos);
    CHECK(md.out.find("| – | 6.1.9 | Added | Added: ‘When creating social media content") !=
          std::string::npos);
}

TEST_CASE("the example redline marks changes with <del> and <ins> and words", "[diff][e2e]") {
    RunResult html = run_clerk("diff --format html " + kExample + " " + kCurrent);
    REQUIRE(html.status == 0);
    CHECK(html.out.find("<html lang=\"en-GB\">") != std::string::npos);
    CHECK(html.out.find("<del><span class=\"visually-hidden\">[deleted: </span>") !=
          std::string::npos);
    CHECK(html.out.find("<ins><span class=\"visually-hidden\">[inserted: </span>") !=
          std::string::npos);
    CHECK(html.out.find("<script") == std::string::npos);
    check_golden("tests/fixtures/diff/example-redline.body.html", body_of(html.out));
}

TEST_CASE("the redline is a page of the page template with its wording", "[diff][e2e]") {
    RunResult html = run_clerk("diff --format html " + kExample + " " + kCurrent);
    REQUIRE(html.status == 0);
    // The template's policy, not a weaker one of the redline's own.
    CHECK(html.out.find("base-uri 'none'; form-action 'none'") != std::string::npos);
    CHECK(html.out.find("<body class=\"page-redline") != std::string::npos);
    CHECK(html.out.find("<h1>Changes to Protocol on Councillor / Officer Relations</h1>") !=
          std::string::npos);
    CHECK(html.out.find("<a href=\"#schedule\">Schedule of changes</a>") != std::string::npos);
    CHECK(html.out.find("class=\"banner status-") != std::string::npos);
}

TEST_CASE("a council's wording changes the redline's words", "[diff][e2e]") {
    TempDir dir;
    dir.write("templates/wording.yaml", "redline:\n  schedule: Atodlen newidiadau\n"
                                        "  deleted: \"wedi dileu:\"\n");
    dir.write("clerk.yaml", "templates: templates\n");
    RunResult html = run_clerk("diff --format html --config " + dir.file("clerk.yaml") + " " +
                               kExample + " " + kCurrent);
    REQUIRE(html.status == 0);
    CHECK(html.out.find(">Atodlen newidiadau</h2>") != std::string::npos);
    CHECK(html.out.find("[wedi dileu: </span>") != std::string::npos);
}

TEST_CASE("the redline keeps a unit's list items on their own lines", "[diff][e2e]") {
    TempDir dir;
    const std::string head = "---\ntitle: Protocol\nversion: \"1.0\"\nstatus: draft\n---\n\n"
                             "# 1. Conduct\n\n1.1 Councillors will:\n\n";
    dir.write("old.md", head + "- be courteous to officers;\n- not ask for advice in public; or\n"
                               "- not criticise officers.\n");
    dir.write("new.md", head + "- be courteous to officers;\n- not ask for advice at meetings; or\n"
                               "- Is it clear whether they may criticise officers?\n");
    RunResult html =
        run_clerk("diff --format html " + dir.file("old.md") + " " + dir.file("new.md"));
    REQUIRE(html.status == 0);
    // Each item starts a line of its own; none runs on into the next ("...or Is it clear").
    CHECK(html.out.find("officers;<br>") != std::string::npos);
    CHECK(html.out.find("or<br>") != std::string::npos);
    CHECK(html.out.find("or Is it clear") == std::string::npos);
}

TEST_CASE("diff JSON has the SPEC shape", "[diff][e2e]") {
    RunResult run = run_clerk("diff --format json " + kExample + " " + kCurrent);
    REQUIRE(run.status == 0);
    auto j = nlohmann::json::parse(run.out);
    CHECK(j["format"] == "clerk/1");
    REQUIRE(j["changes"].is_array());
    bool removed_72 = false;
    for (const auto& c : j["changes"]) {
        CHECK(c.contains("type"));
        CHECK(c.contains("old"));
        CHECK(c.contains("new"));
        CHECK(c.contains("summary"));
        if (c["type"] == "removed" && c["old"] == "7.2") removed_72 = c["new"].is_null();
    }
    CHECK(removed_72);
    CHECK(j["drift"].size() == 1);
}

TEST_CASE("the text summary has a line per change and says when nothing changed", "[diff][e2e]") {
    RunResult run = run_clerk("diff " + kExample + " " + kCurrent);
    CHECK(run.status == 0);
    CHECK(run.out.find("\x1b[") == std::string::npos); // no colour into a pipe
    CHECK(run.out.find("Removed") != std::string::npos);
    RunResult same = run_clerk("diff " + kCurrent + " " + kCurrent);
    CHECK(same.status == 0);
    CHECK(same.out.find("no changes") != std::string::npos);
}

TEST_CASE("unusable input gives status 2 and a clear error", "[diff][e2e]") {
    TempFile empty("", ".md");
    RunResult run = run_clerk("diff " + empty.str() + " " + kCurrent);
    CHECK(run.status == 2);
    CHECK(run.err.find(empty.str()) != std::string::npos);
    RunResult missing = run_clerk("diff no-such-file.md " + kCurrent);
    CHECK(missing.status == 2);
    CHECK(missing.err.find("no-such-file.md") != std::string::npos);
}

TEST_CASE("unrelated documents get a warning that they may not be versions of one another",
          "[diff][e2e]") {
    RunResult run = run_clerk("diff " + kCurrent + " protocol-text/southend/action-plan.md");
    CHECK(run.status == 0);
    CHECK(run.out.find("may not be versions of the same document") != std::string::npos);
}

TEST_CASE("an XML version compares with its Markdown as identical", "[diff][e2e]") {
    RunResult xml = run_clerk("export --to akn " + kCurrent);
    REQUIRE(xml.status == 0);
    TempFile file(xml.out, ".xml");
    RunResult run = run_clerk("diff " + kCurrent + " " + file.str());
    CHECK(run.status == 0);
    CHECK(run.out.find("no changes") != std::string::npos);
}

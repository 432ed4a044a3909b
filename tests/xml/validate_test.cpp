// clerk validate: the schema of Clerk's subset and the checks a schema cannot make, and the
// same results from every command whether it reads the Markdown or its exported XML.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

using namespace clerk::test;
namespace fs = std::filesystem;

TEST_CASE("the bundled documents' exports are valid", "[xml][validate][e2e]") {
    for (const char* doc : {"protocol", "action-plan"}) {
        RunResult xml =
            run_clerk(std::string("export --to akn protocol-text/southend/") + doc + ".md");
        REQUIRE(xml.status == 0);
        TempFile file(xml.out, ".xml");
        RunResult run = run_clerk("validate " + file.str());
        INFO(doc << ": " << run.out << run.err);
        CHECK(run.status == 0);
        CHECK(run.out.find("valid") != std::string::npos);
    }
}

TEST_CASE("validate reports each structural problem at its line", "[xml][validate]") {
    RunResult run = run_clerk("validate tests/fixtures/xml/broken-structure.xml");
    CHECK(run.status == 1);
    std::string all = run.out + run.err;
    CHECK(all.find("broken-structure.xml:40:") != std::string::npos); // dangling href to 2.9
    CHECK(std::regex_search(all,
                            std::regex(R"(:43:\d+: error: eId 'sec_1__subsec_1' is used twice)")));
    CHECK(all.find("[akn/two-num]") != std::string::npos);
    CHECK(std::regex_search(all, std::regex(R"(:51:\d+: error: numbered <section> has no eId)")));
    CHECK(all.find("[akn/dangling-href]") != std::string::npos);
}

TEST_CASE("a valid document gives no problems and a document that is not XML gives status 2",
          "[xml][validate]") {
    TempFile not_xml("# 1. Heading\n\n1.1 Text.\n", ".xml");
    RunResult run = run_clerk("validate " + not_xml.str());
    CHECK(run.status == 2);
    CHECK(run.err.find(not_xml.str() + ":1:1: error: this is not XML") != std::string::npos);
}

namespace {

// Severity, rule and message of each finding: what must not depend on the source form.
std::vector<std::string> findings(const std::string& json) {
    std::vector<std::string> out;
    nlohmann::json parsed = nlohmann::json::parse(json);
    for (const auto& d : parsed["diagnostics"])
        out.push_back(d["severity"].get<std::string>() + " " + d["rule"].get<std::string>() + " " +
                      d["message"].get<std::string>());
    return out;
}

// The outline without its line-number column.
std::string outline_text(const std::string& out) {
    return std::regex_replace(out, std::regex(R"((^|\n) *\d+ )"), "$1");
}

} // namespace

TEST_CASE("check, outline and export agree on the protocol and its exported XML", "[xml][e2e]") {
    // Both forms sit in one folder with the council's data files beside them.
    fs::path dir = fs::temp_directory_path() / ("clerk-xml-same-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const char* name : {"protocol.md", "constitution-map.yaml", "deprecated-titles.yaml"})
        fs::copy_file(repo_path(std::string("protocol-text/southend/") + name), dir / name,
                      fs::copy_options::overwrite_existing);
    std::string md = (dir / "protocol.md").string();
    std::string xml = (dir / "protocol.xml").string();
    REQUIRE(run_clerk("export --to akn " + md + " -o " + xml).status == 0);

    RunResult check_md = run_clerk("check --format json " + md);
    RunResult check_xml = run_clerk("check --format json " + xml);
    CHECK(check_md.status == check_xml.status);
    INFO(check_md.out.substr(0, 400) << check_md.err.substr(0, 400));
    std::vector<std::string> from_md = findings(check_md.out);
    CHECK(from_md.size() == 12);
    CHECK(findings(check_xml.out) == from_md);

    CHECK(outline_text(run_clerk("outline " + xml).out) ==
          outline_text(run_clerk("outline " + md).out));
    CHECK(run_clerk("export --to md " + xml).out == slurp(md));
    fs::remove_all(dir);
}

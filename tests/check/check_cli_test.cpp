// End to end: clerk check on the bundled protocol and on fixtures, in every output format.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using clerk::test::run_clerk;
using clerk::test::TempFile;
using nlohmann::json;

namespace {

std::vector<json> findings(const std::string& args) {
    auto r = run_clerk("check --format json " + args);
    REQUIRE(r.status <= 1);
    return json::parse(r.out)["diagnostics"].get<std::vector<json>>();
}

int count_rule(const std::vector<json>& all, const std::string& rule) {
    return static_cast<int>(
        std::count_if(all.begin(), all.end(), [&](const json& d) { return d["rule"] == rule; }));
}

} // namespace

TEST_CASE("the bundled protocol: real gaps, no false broken references", "[e2e][check][southend]") {
    auto all = findings("protocol-text/southend/protocol.md");
    std::vector<std::string> gaps;
    for (const json& d : all)
        if (d["rule"] == "num/gap") gaps.push_back(d["message"]);
    REQUIRE(gaps.size() == 3);
    CHECK(gaps[0].find("8.3.3 is missing") != std::string::npos);
    CHECK(gaps[1].find("9.6.2 is missing") != std::string::npos);
    CHECK(gaps[2].find("10.2.1 is missing") != std::string::npos);
    CHECK(count_rule(all, "ref/broken") == 0);
    CHECK(count_rule(all, "ref/wrong-kind") == 0);
    CHECK(count_rule(all, "num/duplicate") == 0);
    CHECK(count_rule(all, "num/order") == 0);
    CHECK(count_rule(all, "lang/gendered") == 1);
    CHECK(count_rule(all, "cite/constitution-map") == 1);
    CHECK(count_rule(all, "cite/legislation-section") == 1);
    CHECK(count_rule(all, "cite/act-title") == 1);
    CHECK(count_rule(all, "cite/act-repealed") == 1);
    CHECK(count_rule(all, "term/near-miss") == 1);
    CHECK(count_rule(all, "term/unused") == 1);
}

TEST_CASE("links: 9.1.15 resolves to 5.7 and 9.3.5, which are parallel", "[e2e][links][southend]") {
    auto r = run_clerk("links --format json protocol-text/southend/protocol.md");
    REQUIRE(r.status == 0);
    json links = json::parse(r.out);
    CHECK(links["format"] == "clerk/1");
    std::vector<std::string> from_9115;
    for (const json& ref : links["references"]) {
        CHECK(ref.contains("line"));
        if (ref["from"] == "9.1.15") from_9115.push_back(ref["to"]);
        if (ref["kind"] == "internal") CHECK_FALSE(ref["to"].is_null());
    }
    CHECK(from_9115 == std::vector<std::string>{"5.7", "9.3.5"});
    bool parallel = false;
    for (const json& p : links["parallels"])
        if (p["a"] == "5.7" && p["b"] == "9.3.5") parallel = p["score"].get<double>() > 0.8;
    CHECK(parallel);
}

TEST_CASE("human output: location, source line, caret, help", "[e2e][check]") {
    TempFile f("# 1. Refs\n\n1.1 See Section 1.9 here.\n");
    auto r = run_clerk("check " + f.str());
    CHECK(r.status == 1);
    CHECK(r.out.find(f.str() + ":3:17: error: 'Section 1.9' refers to 1.9, which does not exist in "
                               "this document [ref/broken]") != std::string::npos);
    CHECK(r.out.find("  1.1 See Section 1.9 here.\n                  ^~~\n") != std::string::npos);
    CHECK(r.out.find("\033[") == std::string::npos); // no colour into a pipe
    CHECK(r.out.find("1 error, 0 warnings") != std::string::npos);
}

TEST_CASE("SARIF 2.1.0 output", "[e2e][check][sarif]") {
    TempFile f("# 1. Refs\n\n1.1 See Section 1.9 here.\n");
    auto r = run_clerk("check --format sarif " + f.str());
    CHECK(r.status == 1);
    json s = json::parse(r.out);
    CHECK(s["version"] == "2.1.0");
    CHECK(s["$schema"].get<std::string>().find("sarif") != std::string::npos);
    const json& run = s["runs"][0];
    CHECK(run["tool"]["driver"]["name"] == "clerk");
    CHECK(run["tool"]["driver"]["rules"].size() >= 20);
    for (const json& rule : run["tool"]["driver"]["rules"]) {
        CHECK(rule.contains("id"));
        CHECK_FALSE(rule["help"]["text"].get<std::string>().empty());
        CHECK_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
    }
    REQUIRE(run["results"].size() == 1);
    const json& result = run["results"][0];
    CHECK(result["ruleId"] == "ref/broken");
    CHECK(result["level"] == "error");
    CHECK(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == f.str());
    CHECK(result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);
    CHECK(result["locations"][0]["physicalLocation"]["region"]["startColumn"] == 17);
}

TEST_CASE("exit status follows --fail-on", "[e2e][check]") {
    TempFile gap("# 1. A\n\n1.1 One.\n\n1.3 Three.\n");
    CHECK(run_clerk("check " + gap.str()).status == 0); // a gap is a warning
    CHECK(run_clerk("check --fail-on warning " + gap.str()).status == 1);
    CHECK(run_clerk("check --fail-on none " + gap.str()).status == 0);
    CHECK(run_clerk("check --fail-on bogus " + gap.str()).status == 2);
    CHECK(run_clerk("check no/such.md").status == 2);
}

TEST_CASE("clerk.yaml turns rules off and changes severities", "[e2e][check][config]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("clerk-config-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "draft.md") << "# 1. A\n\n1.1 One, see Section 1.9.\n\n1.3 Three.\n";
    std::ofstream(dir / "clerk.yaml") << "rules:\n  ref/broken: off\n  num/gap: error\n";
    auto r = run_clerk("check --format json " + (dir / "draft.md").string());
    CHECK(r.status == 1);
    auto all = json::parse(r.out)["diagnostics"];
    REQUIRE(all.size() == 1);
    CHECK(all[0]["rule"] == "num/gap");
    CHECK(all[0]["severity"] == "error");
    std::ofstream(dir / "bad.yaml") << "rules:\n  ref/nope: off\n";
    r = run_clerk("check --config " + (dir / "bad.yaml").string() + " " +
                  (dir / "draft.md").string());
    CHECK(r.status == 2);
    CHECK(r.out.find("bad.yaml:2:1: error: unknown rule 'ref/nope'") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("clerk rules documents every rule", "[e2e][check]") {
    auto r = run_clerk("rules");
    CHECK(r.status == 0);
    for (const char* id : {"ref/broken", "num/gap", "struct/empty-unit", "cite/act-repealed",
                           "lang/gendered", "term/near-miss", "text/canonical"})
        CHECK(r.out.find(id) != std::string::npos);
}

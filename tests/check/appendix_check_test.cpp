// End to end: a report's references resolved against its appendices, checked together on
// the command line or named in its front matter (tests/fixtures/appendices).
#include "support/helpers.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using clerk::test::run_clerk;
using nlohmann::json;

namespace {

const std::string kDir = "tests/fixtures/appendices/";

struct Checked {
    int status = -1;
    std::vector<json> findings;
};

Checked check(const std::string& files) {
    auto r = run_clerk("check --format json " + files);
    INFO(r.err);
    Checked out;
    out.status = r.status;
    out.findings = json::parse(r.out)["diagnostics"].get<std::vector<json>>();
    return out;
}

std::vector<std::string> rules_in(const Checked& c, const std::string& file) {
    std::vector<std::string> out;
    for (const json& d : c.findings)
        if (d["file"] == file) out.push_back(d["rule"].get<std::string>());
    return out;
}

} // namespace

TEST_CASE("a report checked alone: the numbers it lacks are notes, not errors",
          "[e2e][check][appendices]") {
    Checked alone = check(kDir + "report.md");
    CHECK(alone.status == 0);
    std::vector<std::string> rules = rules_in(alone, kDir + "report.md");
    // Appendix 1, Appendix 2, 4.1 and 5.2; the report's own 2.1 resolves.
    CHECK(rules == std::vector<std::string>(4, "ref/outside"));
    for (const json& d : alone.findings)
        CHECK(d["severity"] == "info");
}

TEST_CASE("a report checked with its appendices resolves their numbers and labels",
          "[e2e][check][appendices]") {
    Checked together = check(kDir + "report.md " + kDir + "protocol.md " + kDir + "plan.md");
    INFO(together.findings.size());
    CHECK(together.status == 0);
    CHECK(together.findings.empty());
    // With the protocol alone, "Appendix 2" (the plan, titled so) is in no document checked:
    // a note, naming what was looked in.
    Checked one = check(kDir + "report.md " + kDir + "protocol.md");
    REQUIRE(rules_in(one, kDir + "report.md") == std::vector<std::string>{"ref/outside"});
    CHECK(one.findings[0]["message"].get<std::string>().find(
              "in neither this report nor the documents checked with it "
              "(tests/fixtures/appendices/protocol.md)") != std::string::npos);
    CHECK(one.status == 0);
}

TEST_CASE("a report's front matter names its appendices; what is in none is noted",
          "[e2e][check][appendices]") {
    Checked listed = check(kDir + "report-listed.md");
    CHECK(listed.status == 0);
    // Section 9.9 and Appendix 3 only: 4.1, Appendix 1 and Appendix 2 are found.
    CHECK(rules_in(listed, kDir + "report-listed.md") ==
          std::vector<std::string>{"ref/outside", "ref/outside"});
    for (const json& d : listed.findings) {
        INFO(d.dump());
        CHECK(d["line"] == 15);
        CHECK(d["message"].get<std::string>().find("tests/fixtures/appendices/protocol.md, "
                                                   "tests/fixtures/appendices/plan.md") !=
              std::string::npos);
    }
}

TEST_CASE("an appendix listed in the front matter that is not there is a warning",
          "[e2e][check][appendices]") {
    Checked missing = check(kDir + "report-missing.md");
    std::vector<std::string> rules = rules_in(missing, kDir + "report-missing.md");
    std::sort(rules.begin(), rules.end());
    CHECK(rules == std::vector<std::string>{"check/appendix", "ref/outside"});
    CHECK(missing.status == 0);
}

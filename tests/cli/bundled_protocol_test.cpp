// End to end: the clerk binary on the bundled Southend protocol and action plan.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/helpers.hpp"

using clerk::test::repo_path;
using clerk::test::run_clerk;
using clerk::test::slurp;
using nlohmann::json;

namespace {

// Every unit in document order, depth first.
void flatten(const json& units, std::vector<json>& out) {
    for (const json& u : units) {
        out.push_back(u);
        flatten(u["children"], out);
    }
}

std::vector<json> exported_units(const std::string& path) {
    auto r = run_clerk("export --to json " + path);
    REQUIRE(r.status == 0);
    std::vector<json> out;
    flatten(json::parse(r.out)["units"], out);
    return out;
}

const json& unit_with_id(const std::vector<json>& units, const std::string& id) {
    for (const json& u : units)
        if (u["id"] == id) return u;
    FAIL("no unit " << id);
    return units.front();
}

} // namespace

TEST_CASE("every clause number of the seed is a unit, in order, nothing extra", "[e2e][southend]") {
    std::vector<std::string> expected;
    std::istringstream list(slurp(repo_path("tests/fixtures/southend/clause-numbers.txt")));
    for (std::string line; std::getline(list, line);)
        if (!line.empty()) expected.push_back(line);
    REQUIRE(expected.size() == 174);

    std::vector<std::string> numbered;
    for (const json& u : exported_units("protocol-text/southend/protocol.md")) {
        std::string number = u["number"];
        if (u["kind"] == "appendix" || number.empty()) continue;
        if (!number.empty() && number.back() == '.') number.pop_back();
        numbered.push_back(number);
    }
    CHECK(numbered == expected);
}

TEST_CASE("outline lists units with their numbers as written", "[e2e][southend]") {
    auto r = run_clerk("outline protocol-text/southend/protocol.md");
    REQUIRE(r.status == 0);
    CHECK(r.out.find("1. Introduction") != std::string::npos);
    CHECK(r.out.find("9.3 Access to Information") != std::string::npos);
    CHECK(r.out.find("8.3.4 ") != std::string::npos);
    CHECK(r.out.find("[quick-guide] Quick Guide to Councillor and Officer Roles") != std::string::npos);
    CHECK(r.out.find("Appendix 1 The Nolan Principles") != std::string::npos);
    CHECK(r.err.empty());
}

TEST_CASE("spot checks of the bundled protocol's content", "[e2e][southend]") {
    auto units = exported_units("protocol-text/southend/protocol.md");
    CHECK(unit_with_id(units, "9.3.5")["text"] ==
          "Where confidential, personal or otherwise sensitive information is provided to a "
          "Councillor, they will not disclose it to any other person, without authorisation.");
    CHECK(unit_with_id(units, "9.2.13")["text"].get<std::string>().find("him / her") != std::string::npos);

    const json& guide = unit_with_id(units, "quick-guide");
    const json& table = guide["blocks"][0];
    REQUIRE(table["kind"] == "table");
    CHECK(table["header"] == true);
    CHECK(table["rows"][0] == json::array({"Councillors", "Officers"}));
    CHECK(table["rows"].size() == 7);
    CHECK(table["rows"][2] == json::array({"Community leader for their ward", "Serve the whole Council"}));

    const json& appendix = unit_with_id(units, "appendix-1");
    std::vector<std::string> principles;
    for (const json& b : appendix["blocks"])
        if (b["kind"] == "heading") principles.push_back(b["text"]);
    CHECK(principles == std::vector<std::string>{"Selflessness", "Integrity", "Objectivity",
                                                 "Accountability", "Openness", "Honesty",
                                                 "Leadership"});

    const json& c57 = unit_with_id(units, "5.7");
    REQUIRE(c57["blocks"].size() == 2);
    CHECK(c57["blocks"][1]["kind"] == "bullet-list");
    CHECK(c57["blocks"][1]["items"].size() == 4);

    // Definitions are recognised without bold.
    CHECK(unit_with_id(units, "1.2.4")["definition"]["term"] == "Officer");
    CHECK(unit_with_id(units, "1.2.2")["definition"]["term"] == "Councillor Body");
}

TEST_CASE("the bundled documents are in canonical form", "[e2e][southend]") {
    for (const char* path : {"protocol-text/southend/protocol.md", "protocol-text/southend/action-plan.md"}) {
        INFO(path);
        auto r = run_clerk(std::string("export --to md ") + path);
        REQUIRE(r.status == 0);
        CHECK(r.out == slurp(repo_path(path)));
    }
}

TEST_CASE("the action plan has four families with leads and outcomes", "[e2e][southend]") {
    auto r = run_clerk("export --to json protocol-text/southend/action-plan.md");
    REQUIRE(r.status == 0);
    json doc = json::parse(r.out);
    CHECK(doc["metadata"]["kind"] == "action-plan");
    REQUIRE(doc["units"].size() == 4);
    for (const json& family : doc["units"]) {
        CHECK(family["kind"] == "section");
        CHECK(family["text"].get<std::string>().find("Lead:") != std::string::npos);
        CHECK_FALSE(family["children"].empty());
    }
}

TEST_CASE("the main job builds the bundled documents", "[e2e][southend]") {
    clerk::test::TempFile marker("");
    std::string out_dir = marker.str() + "-out";
    auto r = run_clerk("build protocol-text/southend -o " + out_dir);
    CHECK(r.status <= 1);
    CHECK(r.out.find("protocol.md") != std::string::npos);
    CHECK(r.out.find("action-plan.md") != std::string::npos);
    for (const char* name : {"protocol.json", "protocol.xml", "protocol-v2.0-draft.html",
                             "action-plan.json", "action-plan.xml",
                             "action-plan-v1.0-draft.html"}) {
        INFO(name);
        CHECK(std::filesystem::exists(out_dir + "/" + name));
    }
    std::filesystem::remove_all(out_dir);
}

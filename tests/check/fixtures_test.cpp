// Runs every fixture in tests/fixtures/check: each `<!-- expect: SEVERITY RULE [@LINE] -->`
// expects that finding on the next line of text (or on LINE), and nothing else may be found.
#include "check/engine.hpp"
#include "refdata/bundled.hpp"
#include "support/helpers.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

using namespace clerk;

namespace {

using Finding = std::tuple<std::uint32_t, std::string, std::string>; // line, severity, rule

std::set<Finding> expectations(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    static const std::regex expect(
        R"(<!--\s*expect:\s*(error|warning|info)\s+([a-z]+/[a-z-]+)\s*(?:@(\d+))?\s*-->)");
    std::set<Finding> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::smatch m;
        if (!std::regex_search(lines[i], m, expect)) continue;
        std::uint32_t line = 0;
        if (m[3].matched) {
            line = static_cast<std::uint32_t>(std::stoi(m[3].str()));
        } else {
            std::size_t j = i + 1;
            while (j < lines.size() &&
                   (lines[j].empty() || lines[j].find("<!--") != std::string::npos))
                ++j;
            line = static_cast<std::uint32_t>(j + 1);
            // A finding about a suppression comment sits on the comment itself.
            if (m[2].str().rfind("check/", 0) == 0) line = static_cast<std::uint32_t>(i + 2);
        }
        out.emplace(line, m[1].str(), m[2].str());
    }
    return out;
}

} // namespace

TEST_CASE("check fixtures carry their expected findings", "[check][fixtures]") {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(test::repo_path("tests/fixtures/check")))
        if (entry.path().extension() == ".md") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 17);
    for (const fs::path& file : files) {
        INFO(file.filename().string());
        std::string text = test::slurp(file.string());
        auto loaded = load_text(file.string(), text);
        REQUIRE(loaded.ok());
        Links links = link_document(*loaded.document);
        auto result = check::check_document(*loaded.document, links,
                                            refdata::for_council(refdata::bundled_reference_data(),
                                                                 loaded.document->metadata.council),
                                            {});
        std::set<Finding> found;
        for (const auto* list : {&result.findings, &result.problems})
            for (const Diagnostic& d : *list)
                found.emplace(d.span.begin.line, std::string(to_string(d.severity)), d.code);
        std::set<Finding> expected = expectations(text);
        std::ostringstream describe;
        for (const auto& [line, sev, rule] : found)
            describe << line << " " << sev << " " << rule << "\n";
        INFO("found:\n" << describe.str());
        CHECK(found == expected);
        // Every near-miss fixture is clean.
        if (file.filename().string().find("near-miss") != std::string::npos) CHECK(found.empty());
    }
}

TEST_CASE("every rule has a doc, a trip fixture and a near-miss fixture", "[check][rules]") {
    std::set<std::string> ids;
    for (const check::Rule& rule : check::rule_table()) {
        INFO(rule.id);
        CHECK(ids.insert(rule.id).second);
        CHECK(std::regex_match(rule.id, std::regex("[a-z]+/[a-z-]+")));
        CHECK(rule.doc.size() > 100);
        CHECK(rule.doc.find("Example") != std::string::npos);
        CHECK_FALSE(rule.summary.empty());
        std::string family = rule.id.substr(0, rule.id.find('/'));
        bool data_rule =
            std::filesystem::exists(test::repo_path("protocol-text/rules/" + rule.id + ".yaml"));
        if (family == "ref" || family == "num" || family == "struct" || data_rule) {
            std::string base = rule.id;
            std::replace(base.begin(), base.end(), '/', '-');
            CHECK(std::filesystem::exists(test::repo_path("tests/fixtures/check/" + base + ".md")));
            CHECK(std::filesystem::exists(
                test::repo_path("tests/fixtures/check/" + base + "-near-miss.md")));
        }
    }
}

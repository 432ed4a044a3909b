// Recall and precision of lang/gendered on the seed documents, against the gold list in
// tests/fixtures/gendered/gold.yaml (which says how it was built). Each seed is read as
// `clerk check` reads a text file, so positions are the seed's own lines and columns.
// Skipped when the seeds are not beside the repository ($CLERK_SEEDS, ../shared/seeds).
#include "check/engine.hpp"
#include "link/links.hpp"
#include "refdata/bundled.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace clerk;

namespace {

struct GoldEntry {
    std::string seed;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string form;
    bool generic = false;
};

struct Gold {
    std::map<std::string, std::string> files; // seed -> file name
    std::vector<GoldEntry> entries;
};

Gold read_gold(const std::string& path) {
    Gold gold;
    std::istringstream in(test::slurp(path));
    static const std::regex file(R"re(^\s+"(\d+)":\s*(\S+\.txt)\s*$)re");
    static const std::regex entry(
        R"re(seed: "(\d+)", line: (\d+), column: (\d+), form: "([^"]+)")re");
    bool generic = false;
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (line.rfind("generic:", 0) == 0) generic = true;
        if (line.rfind("particular:", 0) == 0) generic = false;
        if (std::regex_search(line, m, file)) gold.files[m[1]] = m[2];
        if (std::regex_search(line, m, entry))
            gold.entries.push_back({m[1], static_cast<std::uint32_t>(std::stoul(m[2])),
                                    static_cast<std::uint32_t>(std::stoul(m[3])), m[4], generic});
    }
    return gold;
}

std::string seeds_dir() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("CLERK_SEEDS"); env && fs::is_directory(env)) return env;
    for (const char* relative : {"../shared/seeds", "../../shared/seeds"}) {
        fs::path p = fs::path(CLERK_SOURCE_DIR) / relative;
        if (fs::is_directory(p)) return p.string();
    }
    return {};
}

} // namespace

TEST_CASE("lang/gendered finds the gold list's generic forms and nothing else",
          "[check][gendered][seeds]") {
    Gold gold = read_gold(test::repo_path("tests/fixtures/gendered/gold.yaml"));
    REQUIRE(gold.files.size() == 4);
    REQUIRE(gold.entries.size() > 40);
    std::string dir = seeds_dir();
    if (dir.empty()) {
        WARN("seeds not found (looked in $CLERK_SEEDS and ../shared/seeds): skipped");
        return;
    }

    // (seed, line, column) of every finding.
    std::set<std::tuple<std::string, std::uint32_t, std::uint32_t>> found;
    for (const auto& [seed, name] : gold.files) {
        std::string path = dir + "/" + name;
        INFO(path);
        std::string text = test::slurp(path);
        REQUIRE_FALSE(text.empty());
        LoadResult loaded = load_text(path, text, "markdown");
        // Minutes without numbered units (seed 003) are read under one numbered heading put
        // on a line of its own before them; positions are moved back by that line.
        std::uint32_t shift = 0;
        if (!loaded.ok()) {
            loaded = load_text(path, "# 1. Seed\n" + text, "markdown");
            shift = 1;
        }
        REQUIRE(loaded.ok());
        Links links = link_document(*loaded.document);
        check::CheckResult result =
            check::check_document(*loaded.document, links,
                                  refdata::for_council(refdata::bundled_reference_data(),
                                                       loaded.document->metadata.council),
                                  {});
        for (const Diagnostic& d : result.findings)
            if (d.code == "lang/gendered")
                found.emplace(seed, d.span.begin.line - shift, d.span.begin.column);
    }

    std::size_t generic = 0, hits = 0;
    std::ostringstream report;
    auto matched = [&](const GoldEntry& e) { return found.count({e.seed, e.line, e.column}) > 0; };
    for (const GoldEntry& e : gold.entries) {
        if (e.generic) {
            ++generic;
            if (matched(e))
                ++hits;
            else
                report << "missed " << e.seed << ":" << e.line << ":" << e.column << " " << e.form
                       << "\n";
        } else if (matched(e)) {
            report << "flagged particular " << e.seed << ":" << e.line << ":" << e.column << " "
                   << e.form << "\n";
        }
    }
    std::size_t false_alarms = 0;
    for (const auto& [seed, line, column] : found) {
        bool listed = false;
        for (const GoldEntry& e : gold.entries)
            listed =
                listed || (e.generic && e.seed == seed && e.line == line && e.column == column);
        if (!listed) {
            ++false_alarms;
            report << "false " << seed << ":" << line << ":" << column << "\n";
        }
    }
    double recall = static_cast<double>(hits) / static_cast<double>(generic);
    double precision =
        found.empty() ? 1.0 : static_cast<double>(hits) / static_cast<double>(hits + false_alarms);
    WARN("lang/gendered on the gold list: recall "
         << hits << "/" << generic << " = " << recall << ", precision " << hits << "/"
         << hits + false_alarms << " = " << precision << "\n"
         << report.str());
    CHECK(recall >= 0.95);
    CHECK(precision >= 0.90);
}

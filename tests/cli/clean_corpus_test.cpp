// Precision end to end: `clerk check` on protocols written in several councils' styles
// (tests/fixtures/clean, see its README) must report no warning or error. Every finding on
// them is a false alarm; the test prints how many there are per 100 clauses.
#include "support/helpers.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

using clerk::test::repo_path;
using clerk::test::run_clerk;
using nlohmann::json;

namespace {

std::size_t count_clauses(const json& units) {
    std::size_t n = 0;
    for (const json& u : units)
        n += (u["kind"] == "clause" ? 1 : 0) + count_clauses(u["children"]);
    return n;
}

} // namespace

TEST_CASE("clean protocols in several councils' styles give no warning or error",
          "[cli][precision]") {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(repo_path("tests/fixtures/clean")))
        if (entry.path().extension() == ".md" && entry.path().filename() != "README.md")
            files.push_back("tests/fixtures/clean/" + entry.path().filename().string());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 8);

    std::size_t clauses = 0, findings = 0;
    std::ostringstream all;
    for (const std::string& file : files) {
        INFO(file);
        auto exported = run_clerk("export --to json " + file);
        REQUIRE(exported.status == 0);
        clauses += count_clauses(json::parse(exported.out)["units"]);

        auto checked = run_clerk("check --format json --fail-on warning " + file);
        INFO(checked.err);
        // Kept in a variable: a range-for over a member of a temporary would read freed memory.
        const json report = json::parse(checked.out);
        for (const json& d : report["diagnostics"]) {
            ++findings;
            all << file << ":" << d["line"] << ": " << d["severity"].get<std::string>() << ": "
                << d["message"].get<std::string>() << " [" << d["rule"].get<std::string>() << "]\n";
        }
        CHECK(checked.status == 0);
    }
    REQUIRE(clauses >= 100);
    double per_hundred = 100.0 * static_cast<double>(findings) / static_cast<double>(clauses);
    INFO(all.str());
    WARN("clean corpus: " << findings << " findings on " << clauses << " clauses (" << per_hundred
                          << " per 100 clauses)\n"
                          << all.str());
    CHECK(per_hundred <= 1.0);
}

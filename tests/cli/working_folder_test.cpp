// The command reads a document's configuration and data once, from beside the document or
// from what is compiled in: never from the working folder. And `clerk build` reports every
// bad document and still builds the good ones.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace fs = std::filesystem;
using clerk::test::repo_path;
using clerk::test::RunResult;
using clerk::test::TempDir;

namespace {

// Runs clerk from `folder` (not the repository).
RunResult run_from(const std::string& folder, const std::string& args) {
    static int counter = 0;
    fs::path err = fs::temp_directory_path() / ("clerk-wf-stderr-" + std::to_string(::getpid()) +
                                                "-" + std::to_string(counter++));
    std::string command =
        "cd '" + folder + "' && '" + CLERK_BINARY + "' " + args + " 2>'" + err.string() + "'";
    RunResult result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.out.append(buffer.data(), n);
    int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = clerk::test::slurp(err.string());
    fs::remove(err);
    return result;
}

using Finding = std::tuple<int, int, std::string, std::string>; // line, column, rule, message

std::set<Finding> findings(const std::string& json_text) {
    std::set<Finding> out;
    auto doc = nlohmann::json::parse(json_text);
    for (const auto& d : doc["diagnostics"])
        out.emplace(d["line"].get<int>(), d["column"].get<int>(), d["rule"].get<std::string>(),
                    d["message"].get<std::string>());
    return out;
}

} // namespace

TEST_CASE("the same findings from any working folder", "[e2e][data]") {
    auto in_repo =
        run_from(repo_path(""), "check --format json protocol-text/southend/protocol.md");
    REQUIRE(in_repo.status == 0);
    std::set<Finding> expected = findings(in_repo.out);
    REQUIRE(expected.size() >= 10);

    // The protocol copied elsewhere with its council's files, checked from /.
    TempDir with_files;
    for (const char* name : {"protocol.md", "constitution-map.yaml", "deprecated-titles.yaml"})
        fs::copy_file(repo_path(std::string("protocol-text/southend/") + name),
                      with_files.file(name));
    auto elsewhere = run_from("/", "check --format json '" + with_files.file("protocol.md") + "'");
    CHECK(elsewhere.status == 0);
    CHECK(findings(elsewhere.out) == expected);

    // Alone: the bundled data (the Southend files are the defaults) gives the same findings.
    TempDir alone;
    fs::copy_file(repo_path("protocol-text/southend/protocol.md"), alone.file("protocol.md"));
    auto bare = run_from("/tmp", "check --format json '" + alone.file("protocol.md") + "'");
    CHECK(findings(bare.out) == expected);
}

TEST_CASE("clerk build reports a bad document and still builds the others", "[e2e][build]") {
    TempDir folder;
    TempDir out;
    fs::copy_file(repo_path("protocol-text/southend/protocol.md"), folder.file("protocol.md"));
    // A document (it has front matter) that cannot be read: a stray Windows-1252 byte.
    folder.write("NOTES.md", "---\ntitle: Notes\n---\n\n# 1. Notes\n\n1.1 A stray \x92 byte.\n");
    auto r = run_from("/", "build '" + folder.str() + "' -o '" + out.str() + "'");
    CHECK(r.status == 2);
    CHECK(r.err.find("NOTES.md") != std::string::npos);
    CHECK(fs::exists(out.file("protocol.json")));
    CHECK(fs::exists(out.file("protocol.xml")));
}

TEST_CASE("clerk build on a missing folder says so", "[e2e][build]") {
    auto r = run_from("/", "build /no/such/folder -o /tmp/clerk-never");
    CHECK(r.status == 2);
    CHECK(r.err.find("/no/such/folder: error: no such folder") != std::string::npos);
}

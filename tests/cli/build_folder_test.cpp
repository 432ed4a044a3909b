// clerk build on folders as users keep them: stray notes beside the documents, a broken
// document among good ones, a folder that is missing or holds no documents.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace clerk::test;
namespace fs = std::filesystem;

namespace {

// A folder with the bundled protocol and action plan.
void copy_bundled(const TempDir& dir) {
    for (const char* name : {"protocol.md", "action-plan.md"})
        dir.write(name, slurp(repo_path(std::string("protocol-text/southend/") + name)));
}

} // namespace

TEST_CASE("a stray notes file is skipped with a note and the documents are built",
          "[cli][build][e2e]") {
    TempDir dir;
    copy_bundled(dir);
    dir.write("NOTES.md", "# Notes\n\nAsk legal about 5.7.\n\n- check Part 4\n");
    RunResult r = run_clerk("build " + dir.str() + " -o " + dir.file("out"));
    CHECK(r.status == 0);
    CHECK(r.err.find("NOTES.md: note: skipped: no front matter") != std::string::npos);
    CHECK(fs::exists(dir.file("out/protocol-v2.0-draft.html")));
    CHECK(fs::exists(dir.file("out/action-plan-v1.0-draft.html")));
    CHECK_FALSE(fs::exists(dir.file("out/NOTES.json")));
}

TEST_CASE("a broken document is reported and the others are still built", "[cli][build][e2e]") {
    TempDir dir;
    copy_bundled(dir);
    dir.write("aaa-draft.md", "---\ntitle: [unclosed\n---\n\n# 1. Scope\n\n1.1 Text.\n");
    RunResult r = run_clerk("build " + dir.str() + " -o " + dir.file("out"));
    CHECK(r.status == 2);
    CHECK(r.err.find("aaa-draft.md:") != std::string::npos);
    CHECK(r.err.find("1 of 3 documents could not be built") != std::string::npos);
    CHECK(fs::exists(dir.file("out/protocol-v2.0-draft.html")));
    CHECK(fs::exists(dir.file("out/action-plan-v1.0-draft.html")));
}

TEST_CASE("a missing or empty folder says what to give instead", "[cli][build][e2e]") {
    TempDir dir;
    RunResult missing = run_clerk("build " + dir.file("no-such-folder") + " -o " + dir.file("out"));
    CHECK(missing.status == 2);
    CHECK(missing.err.find("no such folder") != std::string::npos);
    CHECK(missing.err.find("help: give the folder that holds the documents") != std::string::npos);
    dir.write("NOTES.md", "# Notes\n");
    RunResult empty = run_clerk("build " + dir.str() + " -o " + dir.file("out"));
    CHECK(empty.status == 2);
    CHECK(empty.err.find("no documents in this folder") != std::string::npos);
}

// End to end: unusable input gets one clear line and exit status 2.
#include <catch2/catch.hpp>

#include "support/helpers.hpp"

using clerk::test::run_clerk;
using clerk::test::TempFile;

TEST_CASE("missing file", "[e2e][errors]") {
    auto r = run_clerk("outline no/such/file.md");
    CHECK(r.status == 2);
    CHECK(r.err.find("no/such/file.md: error: cannot read file: no such file") != std::string::npos);
}

TEST_CASE("a directory instead of a file", "[e2e][errors]") {
    auto r = run_clerk("outline tests");
    CHECK(r.status == 2);
    CHECK(r.err.find("is a directory") != std::string::npos);
}

TEST_CASE("invalid UTF-8 names the line and byte", "[e2e][errors]") {
    TempFile f("# 1. Scope\n\n1.1 The Council\x92s rules.\n");
    auto r = run_clerk("outline " + f.str());
    CHECK(r.status == 2);
    CHECK(r.err.find(f.str() + ":3:16: error: invalid UTF-8: byte 0x92") != std::string::npos);
    CHECK(r.err.find("Windows-1252") != std::string::npos);
    CHECK(r.err.find("iconv") != std::string::npos);
}

TEST_CASE("malformed front matter names the line", "[e2e][errors]") {
    TempFile f("---\ntitle: Protocol\nversion: [2.0\n---\n# 1. Scope\n\n1.1 Text.\n");
    auto r = run_clerk("export " + f.str());
    CHECK(r.status == 2);
    CHECK(r.err.find("malformed front matter") != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("empty document", "[e2e][errors]") {
    TempFile f("");
    auto r = run_clerk("outline " + f.str());
    CHECK(r.status == 2);
    CHECK(r.err.find("empty document") != std::string::npos);
}

TEST_CASE("a Markdown file without numbered units", "[e2e][errors]") {
    TempFile f("# Notes\n\nSome notes without clause numbers.\n");
    auto r = run_clerk("outline " + f.str());
    CHECK(r.status == 2);
    CHECK(r.err.find(":1:1: error: no numbered units") != std::string::npos);
    CHECK(r.err.find("clerk import") != std::string::npos);
}

TEST_CASE("usage errors exit 2", "[e2e][errors]") {
    CHECK(run_clerk("outline").status == 2);
    CHECK(run_clerk("no-such-command").status == 2);
    CHECK(run_clerk("--help").status == 0);
}

TEST_CASE("export writes its output atomically and leaves the source alone", "[e2e]") {
    TempFile f("# 1. Scope\n\n1.1 Text.\n");
    TempFile out("old contents", ".json");
    auto r = run_clerk("export --to json " + f.str() + " -o " + out.str());
    CHECK(r.status == 0);
    CHECK(clerk::test::slurp(out.str()).find("\"format\": \"clerk/1\"") != std::string::npos);
    CHECK(clerk::test::slurp(f.str()) == "# 1. Scope\n\n1.1 Text.\n");
    // A failed run leaves the old output in place.
    TempFile bad("");
    r = run_clerk("export --to json " + bad.str() + " -o " + out.str());
    CHECK(r.status == 2);
    CHECK(clerk::test::slurp(out.str()).find("clerk/1") != std::string::npos);
}

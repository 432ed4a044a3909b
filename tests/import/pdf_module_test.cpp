// Poppler is loaded only when a PDF is imported: the binary does not link it, and without its
// PDF import module beside it Clerk says so in one line (exit 2) and reads every other format.
#include "import_support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

using namespace clerk::test;
namespace fs = std::filesystem;

TEST_CASE("the clerk binary does not load Poppler at start-up") {
    std::string libraries;
    FILE* pipe = ::popen(("ldd '" + std::string(CLERK_BINARY) + "'").c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        libraries.append(buffer, n);
    ::pclose(pipe);
    REQUIRE(libraries.find("libstdc++") != std::string::npos);
    CHECK(libraries.find("libpoppler") == std::string::npos);
    // The module beside the binary does.
    fs::path module = fs::path(CLERK_BINARY).parent_path() / "clerk-pdf-import.so";
    REQUIRE(fs::exists(module));
}

TEST_CASE("a PDF imports through the module; without it, one line says what is missing") {
    std::string pdf = repo_path("tests/fixtures/import/styles/northmoor-dotted.pdf");
    RunResult with = run_clerk("import '" + pdf + "'");
    INFO(with.err);
    CHECK(with.status == 0);
    CHECK(with.out.find("1.1") != std::string::npos);

    // The binary alone in a folder, as if installed without its lib/clerk folder.
    TempDir alone;
    fs::copy_file(CLERK_BINARY, alone.file("clerk"));
    auto run_alone = [&](const std::string& args) {
        return run_command("'" + alone.file("clerk") + "' " + args);
    };
    RunResult without = run_alone("import '" + pdf + "'");
    CHECK(without.status == 2);
    CHECK(without.err.find("clerk-pdf-import.so") != std::string::npos);
    CHECK(without.err.find(pdf) != std::string::npos);
    CHECK(std::count(without.err.begin(), without.err.end(), '\n') <= 2);
    // Every other format still reads.
    RunResult text = run_alone(
        "import '" + repo_path("tests/fixtures/import/styles/northmoor-dotted.txt") + "'");
    CHECK(text.status == 0);
}

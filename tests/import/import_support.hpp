// Helpers for the import tests: importing text given inline, finding the seed documents.
#pragma once

#include "import/import.hpp"
#include "import/pack_import.hpp"
#include "model/plain_text.hpp"
#include "support/helpers.hpp"
#include "write/markdown_writer.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace clerk::test {

/// Imports text given inline; fails the test when the import refuses it.
inline Document import_fixture(const std::string& text, ImportResult* out = nullptr) {
    ImportResult result = import_text("fixture.txt", text);
    INFO((result.diagnostics.empty() ? std::string() : result.diagnostics.front().message));
    REQUIRE(result.ok());
    if (out) *out = result;
    return *result.document;
}

/// The imported text as canonical Markdown without its front matter.
inline std::string import_body(const std::string& text) {
    std::string md = write_markdown(import_fixture(text));
    auto end = md.find("\n---\n", 3);
    return end == std::string::npos ? md : md.substr(end + 5);
}

/// True when one of the notes mentions `words` at `line`.
inline bool has_note(const ImportResult& r, std::uint32_t line, const std::string& words) {
    for (const ImportNote& n : r.notes)
        if (n.line == line && n.message.find(words) != std::string::npos) return true;
    return false;
}

/// The folder of the seed documents: $CLERK_SEEDS, else ../shared/seeds beside the
/// repository (or beside the folder of worktrees). Empty when none exists.
inline std::string seeds_dir() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("CLERK_SEEDS"); env && fs::is_directory(env)) return env;
    for (const char* relative : {"../shared/seeds", "../../shared/seeds"}) {
        fs::path p = fs::path(CLERK_SOURCE_DIR) / relative;
        if (fs::is_directory(p)) return fs::canonical(p).string();
    }
    return {};
}

/// The seed whose name starts with `prefix` ("002_"), or empty.
inline std::string seed(const std::string& prefix) {
    std::string dir = seeds_dir();
    if (dir.empty()) return {};
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && entry.path().extension() == ".txt")
            return entry.path().string();
    }
    return {};
}

} // namespace clerk::test

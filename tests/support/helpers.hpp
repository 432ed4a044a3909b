// Shared test helpers: fixture paths, loading text, running the clerk binary.
#pragma once

#include "load/load.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace clerk::test {

/// The IDs of a document's units in order, leaving out the preamble.
inline std::vector<std::string> unit_ids(const Document& doc) {
    std::vector<std::string> out;
    for (const Unit& u : doc.units)
        if (u.kind != UnitKind::Preamble) out.push_back(u.id);
    return out;
}

/// A path inside the repository.
inline std::string repo_path(const std::string& relative) {
    return std::string(CLERK_SOURCE_DIR) + "/" + relative;
}

/// The bundled Southend protocol.
inline std::string bundled_protocol() {
    return repo_path("protocol-text/southend/protocol.md");
}

/// Reads a whole file (empty when missing).
inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/// Loads Markdown text given inline in a test.
inline LoadResult load_markdown(const std::string& text, const std::string& name = "fixture.md") {
    return load_text(name, text, "markdown");
}

/// The result of running the clerk binary.
struct RunResult {
    int status = -1;
    std::string out; ///< standard output
    std::string err; ///< standard error
};

/// Runs a shell command, its standard error going to a temporary file.
inline RunResult run_command(const std::string& command) {
    namespace fs = std::filesystem;
    static int counter = 0;
    fs::path err_path =
        fs::temp_directory_path() /
        ("clerk-test-stderr-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    RunResult result;
    FILE* pipe = ::popen((command + " 2>'" + err_path.string() + "'").c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.out.append(buffer.data(), n);
    int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = slurp(err_path.string());
    fs::remove(err_path);
    return result;
}

/// Runs `clerk ARGS` from the repository root, with `env` (such as "NAME=value") set.
inline RunResult run_clerk(const std::string& args, const std::string& env = "") {
    return run_command("cd '" + std::string(CLERK_SOURCE_DIR) + "' && " + env + " '" +
                       CLERK_BINARY + "' " + args);
}

/// A temporary file that is removed when the test ends.
struct TempFile {
    std::filesystem::path path;
    explicit TempFile(const std::string& content, const std::string& suffix = ".md") {
        static int counter = 0;
        path =
            std::filesystem::temp_directory_path() /
            ("clerk-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + suffix);
        std::ofstream(path, std::ios::binary) << content;
    }
    ~TempFile() { std::filesystem::remove(path); }
    std::string str() const { return path.string(); }
};

/// A fresh folder under the system's temporary folder, removed with its files at the end.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        static int counter = 0;
        path = std::filesystem::temp_directory_path() /
               ("clerk-test-dir-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string str() const { return path.string(); }
    /// The full path of `name` in the folder.
    std::string file(const std::string& name) const { return (path / name).string(); }
    /// Writes `text` to `name` (folders made as needed).
    void write(const std::string& name, const std::string& text) const {
        std::filesystem::create_directories((path / name).parent_path());
        std::ofstream(path / name, std::ios::binary) << text;
    }
};

} // namespace clerk::test

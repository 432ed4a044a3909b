// Helpers for the hardening tests: running clerk under resource limits in a scratch folder,
// and telling a clean refusal from a crash.
#pragma once

#include "support/helpers.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace clerk::test {

/// How a bounded run ended.
struct BoundedRun {
    int status = -1; ///< exit status; -1 when killed by a signal (a crash, or a limit hit)
    std::string out;
    std::string err;

    /// True when the run ended by itself with no sanitizer report.
    bool clean() const {
        return status >= 0 && err.find("Sanitizer") == std::string::npos &&
               err.find("runtime error:") == std::string::npos &&
               err.find("terminate called") == std::string::npos;
    }
    /// The number of lines on standard error that say "error:".
    int error_lines() const {
        int n = 0;
        for (std::size_t at = err.find("error:"); at != std::string::npos;
             at = err.find("error:", at + 1))
            ++n;
        return n;
    }
};

/// Runs `clerk ARGS` from `dir` under limits: `seconds` of CPU and of wall-clock time (a run
/// that blocks is killed, not waited for) and, unless built with AddressSanitizer (which
/// reserves a large address space of its own), 2 GB of address space.
inline BoundedRun run_limited(const std::string& args, const std::string& dir = CLERK_SOURCE_DIR,
                              int seconds = 60) {
#if defined(__SANITIZE_ADDRESS__)
    const std::string memory = "";
#else
    const std::string memory = " -v 2097152";
#endif
    static int counter = 0;
    std::string err_path =
        (std::filesystem::temp_directory_path() /
         ("clerk-hardening-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
            .string();
    std::string command = "cd '" + dir + "' && (ulimit -t " + std::to_string(seconds) + memory +
                          "; exec timeout -s KILL " + std::to_string(seconds) + " '" +
                          CLERK_BINARY + "' " + args + ") 2>'" + err_path + "' </dev/null";
    BoundedRun result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return result;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        result.out.append(buffer, n);
    int status = ::pclose(pipe);
    // timeout(1) exits 137 when it had to kill the command.
    result.status = WIFEXITED(status) && WEXITSTATUS(status) < 128 ? WEXITSTATUS(status) : -1;
    result.err = slurp(err_path);
    std::filesystem::remove(err_path);
    return result;
}

/// A scratch folder, removed when the test ends.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir() {
        static int counter = 0;
        path = std::filesystem::temp_directory_path() /
               ("clerk-scratch-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    /// Writes `content` to `name` inside the folder; returns its path.
    std::string write(const std::string& name, const std::string& content) const {
        std::filesystem::path file = path / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << content;
        return file.string();
    }
    std::string str() const { return path.string(); }
};

/// Writes `content` to `name` in a fresh scratch folder and runs `clerk COMMAND 'FILE'` on
/// it under the limits of run_limited.
inline BoundedRun run_on_file(const std::string& command, const std::string& name,
                              const std::string& content, int seconds = 60) {
    ScratchDir dir;
    std::string file = dir.write(name, content);
    return run_limited(command + " '" + file + "'", CLERK_SOURCE_DIR, seconds);
}

/// `piece` written `times` times.
inline std::string repeat(const std::string& piece, int times) {
    std::string out;
    out.reserve(piece.size() * static_cast<std::size_t>(times));
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

/// A small valid document, to which a test adds what it needs.
inline std::string small_document(const std::string& extra = "") {
    return "# 1. Scope\n\n1.1 This protocol applies to every Councillor.\n\n" + extra;
}

} // namespace clerk::test

#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "io/files.hpp"

namespace clerk::cli {

namespace {

struct ExitRequest {
    int status;
};

} // namespace

[[noreturn]] void exit_with(int status) { throw CLI::RuntimeError(status); }

void print_load_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        std::string where = d.file;
        if (d.span.begin.line > 0) where += fmt::format(":{}", d.span.begin.line);
        if (d.span.begin.column > 0) where += fmt::format(":{}", d.span.begin.column);
        std::cerr << fmt::format("{}: {}: {}", where, to_string(d.severity), d.message);
        if (!d.code.empty()) std::cerr << " [" << d.code << "]";
        std::cerr << "\n";
        if (!d.suggestion.empty()) std::cerr << "  help: " << d.suggestion << "\n";
    }
}

Document load_or_exit(const std::string& path) {
    LoadResult result = load_file(path);
    print_load_diagnostics(result.diagnostics);
    if (!result.ok()) exit_with(kExitUnusable);
    return std::move(*result.document);
}

void write_output(const std::string& path, const std::string& content) {
    if (path.empty() || path == "-") {
        std::cout << content;
        std::cout.flush();
        return;
    }
    std::string error = write_file_atomic(path, content);
    if (!error.empty()) {
        std::cerr << fmt::format("{}: error: {}\n", path, error);
        exit_with(kExitUnusable);
    }
}

} // namespace clerk::cli

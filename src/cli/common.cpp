#include "check/emit.hpp"
#include "cli/commands.hpp"
#include "io/files.hpp"

#include <fmt/format.h>
#include <iostream>

namespace clerk::cli {

[[noreturn]] void exit_with(int status) {
    throw CLI::RuntimeError(status);
}

void print_load_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    std::cerr << check::emit_human(diagnostics, {}, false);
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

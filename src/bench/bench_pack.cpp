// The agenda pack: the whole `clerk pack` process on the example manifest (goal: under a
// second), run as a person runs it, from the binary beside clerk_bench.
#include "bench/bench.hpp"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace clerk::bench {
namespace {

namespace fs = std::filesystem;

// Where the pack is written; removed after each run.
const fs::path& pack_output() {
    static const fs::path out =
        fs::temp_directory_path() / ("clerk-bench-pack-" + std::to_string(::getpid()) + ".pdf");
    return out;
}

std::string pack_command() {
    fs::path clerk = fs::read_symlink("/proc/self/exe").parent_path() / "clerk";
    return fmt::format("'{}' pack '{}/examples/pack/pack.yaml' -o '{}' >/dev/null 2>&1",
                       clerk.string(), CLERK_SOURCE_DIR, pack_output().string());
}

Registration pack_benchmarks{{
    {"pack: examples/pack/pack.yaml, whole process (clerk pack)", 1000.0,
     [] {
         static const std::string command = pack_command();
         int status = std::system(command.c_str());
         std::error_code ignored;
         fs::remove(pack_output(), ignored);
         if (status != 0) throw std::runtime_error("clerk pack failed on the example manifest");
     }},
}};

} // namespace
} // namespace clerk::bench

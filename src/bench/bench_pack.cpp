// The agenda pack: the whole `clerk pack` process on the example manifest (goal: under a
// second), run as a person runs it, from the binary beside clerk_bench.
#include "bench/bench.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace clerk::bench {
namespace {

std::string pack_command() {
    namespace fs = std::filesystem;
    fs::path clerk = fs::read_symlink("/proc/self/exe").parent_path() / "clerk";
    fs::path out =
        fs::temp_directory_path() / ("clerk-bench-pack-" + std::to_string(::getpid()) + ".pdf");
    return "'" + clerk.string() + "' pack '" + std::string(CLERK_SOURCE_DIR) +
           "/examples/pack/pack.yaml' -o '" + out.string() + "' >/dev/null 2>&1";
}

Registration registration{{
    {"pack: examples/pack/pack.yaml, whole process (clerk pack)", 1000.0,
     [] {
         static const std::string command = pack_command();
         if (std::system(command.c_str()) != 0)
             throw std::runtime_error("clerk pack failed on the example manifest");
     }},
}};

} // namespace
} // namespace clerk::bench

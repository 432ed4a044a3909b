// Finding the schema of Clerk's subset at run time, for an installed binary and for one
// run from the build tree.
#include "xml/akn_validate.hpp"

#include <cstdlib>
#include <filesystem>

namespace clerk::xml {

namespace fs = std::filesystem;

std::string find_akn_schema() {
    std::vector<fs::path> candidates;
    if (const char* dir = std::getenv("CLERK_DATA_DIR"); dir && *dir)
        candidates.push_back(fs::path(dir) / kSchemaFile);
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(exe.parent_path() / ".." / "share" / "clerk" / kSchemaFile);
    candidates.push_back(fs::path(CLERK_INSTALL_DATA_DIR) / kSchemaFile);
    candidates.push_back(fs::path(CLERK_SOURCE_DATA_DIR) / kSchemaFile);
    for (const fs::path& candidate : candidates)
        if (fs::is_regular_file(candidate, ec)) return candidate.lexically_normal().string();
    return "";
}

} // namespace clerk::xml

// Writing a zip archive in memory: a Word package made by a test, a fuzz harness or the
// benchmark from its XML parts.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace clerk {

/// One file of an archive: its name inside the archive and its bytes.
using ZipEntry = std::pair<std::string, std::string>;

/// The bytes of a zip archive holding `entries`, deflated, in order; empty if libzip fails.
std::string zip_archive(const std::vector<ZipEntry>& entries);

} // namespace clerk

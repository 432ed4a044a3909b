// Reading and writing whole files, with errors as values and atomic replacement.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace clerk {

/// The bytes of a file, or the reason it could not be read.
struct FileContents {
    std::optional<std::string> bytes;
    std::string error; ///< set when `bytes` is empty: "no such file", "permission denied" ...
};

/// Reads a whole file. Refuses, before reading a byte, anything but a regular file (folders,
/// FIFOs, devices, sockets) and files larger than `max_bytes`.
FileContents read_file(const std::string& path, std::size_t max_bytes = 256u << 20);

/// Writes `content` to a temporary file beside `path` and renames it into place, so that
/// readers never see a half-written file and a failure leaves any old file untouched.
/// Returns an empty string on success, else the reason it failed.
std::string write_file_atomic(const std::string& path, const std::string& content);

/// True when `path` is a folder (false when it cannot be examined).
bool is_folder(const std::filesystem::path& path);

} // namespace clerk

// Checking that source text is UTF-8 before any reader sees it.
#pragma once

#include <optional>
#include <string>

#include "model/diagnostic.hpp"

namespace clerk {

/// Removes a UTF-8 byte-order mark; returns a diagnostic when the text is not UTF-8
/// (naming the line, column and byte, and explaining Windows-1252 and UTF-16 files).
std::optional<Diagnostic> check_utf8(const std::string& path, std::string& text);

} // namespace clerk

// Loading documents: one reader per format, chosen by file extension from one table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/document.hpp"

namespace clerk {

/// What a reader returns: the document (absent when the input is unusable) and every
/// diagnostic met on the way. Bad input is a value here, never an exception.
struct LoadResult {
    std::optional<Document> document;
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return document.has_value(); }
};

/// A reader turns source text (already checked to be UTF-8) into a document.
using ReaderFunction = LoadResult (*)(SourceText source);

/// One entry of the reader table.
struct ReaderEntry {
    std::string_view name;                    ///< "markdown", "akn"
    std::vector<std::string_view> extensions; ///< with the dot: ".md"
    ReaderFunction read;
};

/// Every reader Clerk has.
const std::vector<ReaderEntry>& readers();

/// Reads a file with the reader for its extension (Markdown when unknown); a missing or
/// unreadable file, bad encoding or unusable content gives a result without a document.
LoadResult load_file(const std::string& path);

/// Reads text with the named reader ("markdown"); `path` is used in diagnostics.
LoadResult load_text(const std::string& path, std::string text, std::string_view reader = "markdown");

/// The Markdown reader (SPEC 3.1).
LoadResult read_markdown(SourceText source);

} // namespace clerk

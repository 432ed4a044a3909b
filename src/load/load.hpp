// Loading documents: one reader per format, chosen by file extension from one table.
#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk {

/// Something a reader of a published format (text, Word, PDF, web page) decided without
/// being sure, at a place in the source: what `clerk import --report` lists.
struct ReadNote {
    std::uint32_t line = 0; ///< source line (text, PDF, HTML) or paragraph (.docx); 0 for none
    std::string message;    ///< "dropped footer URL", "joined across a blank line", ...
};

/// What a reader returns: the document (absent when the input is unusable), every
/// diagnostic met on the way, and the inferences it made. Bad input is a value here, never
/// an exception.
struct LoadResult {
    std::optional<Document> document;
    std::vector<Diagnostic> diagnostics;
    std::vector<ReadNote> notes;
    std::string place = "line"; ///< what ReadNote::line counts: "line" or "paragraph"

    bool ok() const { return document.has_value(); }
};

/// A reader of a text format turns source text (already checked to be UTF-8) into a
/// document.
using ReaderFunction = LoadResult (*)(SourceText source);

/// A reader of a published format takes the file's bytes as they are (a PDF, a Word
/// package, a web page in its own encoding, extracted text) and checks them itself.
using BytesReaderFunction = LoadResult (*)(const std::string& path, std::string bytes);

/// One entry of the reader table: exactly one of `read` and `read_bytes` is set.
struct ReaderEntry {
    std::string_view name;                    ///< "markdown", "akn", "text", "pdf"
    std::vector<std::string_view> extensions; ///< with the dot: ".md"
    ReaderFunction read = nullptr;
    BytesReaderFunction read_bytes = nullptr;
    std::size_t max_bytes = 256u << 20; ///< larger files are refused before reading
    std::string_view magic;             ///< the bytes a file of this format opens with
};

/// Every reader Clerk has.
const std::vector<ReaderEntry>& readers();

/// Reads a file with the reader for its extension, or for its first bytes when the
/// extension is unknown (Markdown when neither says); a missing or unreadable file, bad
/// encoding or unusable content gives a result without a document.
LoadResult load_file(const std::string& path);

/// Reads bytes with the named reader, as load_file does once the file is read.
LoadResult load_bytes(const std::string& path, std::string bytes, std::string_view reader);

/// Reads text with the named reader ("markdown"); `path` is used in diagnostics.
LoadResult load_text(const std::string& path, std::string text,
                     std::string_view reader = "markdown");

/// The Markdown reader (SPEC 3.1).
LoadResult read_markdown(SourceText source);

} // namespace clerk

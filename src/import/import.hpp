// Importing the documents councils actually have (text extracted from PDF or Word, and Word
// .docx files) into the document model, written out as structured Markdown.
#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clerk {

/// Something the import decided without being sure, at a place in the source.
struct ImportNote {
    std::uint32_t line = 0; ///< source line (text) or paragraph number (.docx); 0 for none
    std::string message;    ///< "dropped footer URL", "joined across a blank line", ...
};

/// What an import returns: the document (absent when the input is unusable), diagnostics
/// for unusable input, and the notes for `--report`.
struct ImportResult {
    std::optional<Document> document;
    std::vector<Diagnostic> diagnostics;
    std::vector<ImportNote> notes;
    std::string place = "line"; ///< what ImportNote::line counts: "line" or "paragraph"

    bool ok() const { return document.has_value(); }
};

/// The largest text file `clerk import` reads; larger files are refused before reading.
inline constexpr std::size_t kMaxImportTextBytes = 8u << 20;

/// Imports a file: `.docx` (or any file that starts as a zip) as Word, anything else as
/// plain text. Bad input (missing, too large, binary, not a Word package) gives a result
/// without a document and a diagnostic saying what to do.
ImportResult import_file(const std::string& path);

/// Imports plain text (text extracted from a PDF or Word file); `path` names it in messages.
ImportResult import_text(const std::string& path, std::string text);

/// Imports the bytes of a Word .docx package; `path` names it in messages.
ImportResult import_docx(const std::string& path, const std::string& bytes);

/// The `--report` text: one line per note, "line 302: dropped footer URL".
std::string format_import_report(const ImportResult& result);

} // namespace clerk

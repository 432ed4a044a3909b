// Importing the documents councils actually publish (text extracted from PDF or Word, Word
// .docx files, PDF files and web pages) into the document model. Each importer is a reader
// of the one reader table (load/readers.cpp), so every command reads these formats; `clerk
// import` writes the Markdown.
#pragma once

#include "load/load.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clerk {

/// Something the import decided without being sure, at a place in the source.
using ImportNote = ReadNote;

/// What an import returns: the document (absent when the input is unusable), diagnostics
/// for unusable input, and the notes for `--report`.
using ImportResult = LoadResult;

/// The largest text file read; larger files are refused before reading.
inline constexpr std::size_t kMaxImportTextBytes = 8u << 20;
/// The largest .docx package read (its parts are capped again when inflated).
inline constexpr std::size_t kMaxDocxBytes = 32u << 20;
/// The largest PDF read.
inline constexpr std::size_t kMaxPdfBytes = 64u << 20;
/// The largest web page read.
inline constexpr std::size_t kMaxHtmlBytes = 16u << 20;

/// Imports a file through the reader table (load_file), keeping the notes.
ImportResult import_file(const std::string& path);

/// Imports plain text (text extracted from a PDF or Word file); `path` names it in messages.
ImportResult import_text(const std::string& path, std::string text);

/// Imports the bytes of a Word .docx package; `path` names it in messages.
ImportResult import_docx(const std::string& path, std::string bytes);

/// Imports the bytes of a PDF file with Poppler: text in reading order, page furniture by
/// position and repetition, font size and weight as heading evidence.
ImportResult import_pdf(const std::string& path, std::string bytes);

/// Imports a web page (a council's page or a ModernGov document page) with libxml2's HTML
/// parser: headings, nested ordered lists with the numbers a browser shows, tables.
ImportResult import_html(const std::string& path, std::string bytes);

/// Refuses a Word 97-2003 .doc file with a message saying how to convert it.
ImportResult refuse_word97(const std::string& path, std::string bytes);

/// The `--report` text: one line per note, "line 302: dropped footer URL".
std::string format_import_report(const ImportResult& result);

} // namespace clerk

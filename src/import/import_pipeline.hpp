// The part of every import that follows reading: paragraphs in reading order (from text,
// PDF, Word or a web page) become the document. Clause numbers run onto the line before are
// split off, metadata lines go to the front matter, the title is found, the structure is
// inferred and the document assembled through the unit builder.
#pragma once

#include "import/import.hpp"
#include "import/line_joining.hpp"
#include "import/text_lines.hpp"

#include <string>
#include <vector>

namespace clerk::import {

/// What an importer hands over.
struct ImportedText {
    std::string path;                      ///< names the source in messages
    std::string source;                    ///< the text positions point into (doc.source)
    std::vector<TextParagraph> paragraphs; ///< in reading order
    std::string title;          ///< the title when the format marks it (Word's Title style)
    std::uint32_t title_at = 0; ///< where that title is
    std::string fallback_title; ///< a title the format carries (core properties, <title>)
    bool require_units = true;  ///< refuse a text with nothing to make a unit of
};

/// Builds the document into `result` (document, diagnostics, notes sorted by line).
/// Returns false when nothing could be made a unit.
bool build_document(ImportedText input, ImportResult& result);

/// The paragraphs of extracted text lines: markup taken off, page furniture dropped,
/// lines joined, tables inferred. Used for plain text and for the text of PDF pages.
std::vector<TextParagraph> paragraphs_of_lines(std::vector<TextLine>& lines,
                                               std::vector<ImportNote>& notes);

} // namespace clerk::import

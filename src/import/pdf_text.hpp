// The text of a PDF, read with Poppler (through the module of pdf_words.hpp): words in reading
// order gathered into lines, with the page each is on, its type size and weight as heading
// evidence, page furniture recognised by its place on the page (top and bottom margins) and its
// repetition, and the bookmarks.
#pragma once

#include "import/import.hpp"
#include "import/text_lines.hpp"

#include <string>
#include <vector>

namespace clerk::import {

/// What a PDF holds for the importers.
struct PdfText {
    std::vector<TextLine> lines;        ///< numbered from 1, blank lines between blocks
    std::vector<std::string> bookmarks; ///< top-level bookmark titles, in order
    std::string error;                  ///< set when the PDF cannot be read
    std::string help;                   ///< what to do, when the fault is Clerk's install
    int pages = 0;
};

/// Reads the PDF's text. Lines in a page's top or bottom margin that repeat on other pages
/// (numbers aside) or are page numbers are marked dropped, with a note each.
PdfText read_pdf_text(const std::string& bytes, std::vector<ImportNote>& notes);

/// The text of the lines, one a line: what positions in an imported PDF point into.
std::string text_of_lines(const std::vector<TextLine>& lines);

} // namespace clerk::import

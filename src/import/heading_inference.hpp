// Reading the structure of extracted text: which paragraphs are numbered headings ("1.
// Introduction", "9.3 Access to Information"), clauses ("5.7 To carry out ..."), appendix
// headings, unnumbered headings, list items (and how deep), and tables.
#pragma once

#include "import/import.hpp"
#include "import/import_elements.hpp"
#include "import/line_joining.hpp"

#include <vector>

namespace clerk::import {

/// Classifies the paragraphs. A numbered paragraph is a heading when the rest reads as a
/// title and, for two or more levels, the next number is one of its children ("9.3" before
/// "9.3.1") or the title is in title case; otherwise it is a clause (UnitBuilder makes it
/// one). An appendix heading with no title takes the next paragraph as its title. A short
/// line of its own in title form is an unnumbered heading. List items take their level
/// from their glyphs: a new glyph inside a list nests one deeper.
std::vector<ImportElement> infer_structure(const std::vector<TextParagraph>& paragraphs,
                                           std::vector<ImportNote>& notes);

} // namespace clerk::import

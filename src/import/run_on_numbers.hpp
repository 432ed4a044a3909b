// Clause numbers run onto the line before: "... personal conduct. 1.3    The Protocol must
// ..." (text copied from a web page, or a PDF whose lines were merged). The number is split
// off into a clause of its own when it comes after a sentence end and is the number a reader
// expects next.
#pragma once

#include "import/import.hpp"
#include "import/line_joining.hpp"

#include <vector>

namespace clerk::import {

/// True when `next` may follow `previous` in a document's numbering: the next sibling
/// (1.2 -> 1.3), a first child (1.2 -> 1.2.1) or the next of an ancestor (1.2.3 -> 1.3, 2).
bool may_follow(const std::string& previous, const std::string& next);

/// Splits paragraphs at run-on clause numbers, with a note for each split.
void split_run_on_numbers(std::vector<TextParagraph>& paragraphs, std::vector<ImportNote>& notes);

} // namespace clerk::import

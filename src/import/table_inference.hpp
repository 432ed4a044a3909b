// Tables in extracted text: rows of tab-separated cells, and two-column tables whose cells
// the extraction ran together with single spaces (the Quick Guide of the Southend protocol:
// a two-word header "Councillors Officers", then one row per paragraph or per two).
#pragma once

#include "import/import.hpp"
#include "import/line_joining.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clerk::import {

/// Replaces runs of tab-separated rows, and two-column tables recovered from their layout,
/// by Table paragraphs (first row the header), with a note for each table.
void infer_tables(std::vector<TextParagraph>& paragraphs, std::vector<ImportNote>& notes);

/// Splits one line of a two-column table at the word that opens the right-hand cell: a
/// capitalised word after a word that can end a cell (not "the", "of", ...), and not inside a
/// name ("Chief Officer", "Code of Conduct"). Empty when no word qualifies.
std::optional<std::pair<std::string, std::string>> split_two_cells(std::string_view text);

} // namespace clerk::import

// Re-joining the lines of extracted text into paragraphs, list items and table rows: a PDF
// breaks every paragraph at the page width, splits hyphenated words, and sometimes leaves a
// blank line in the middle of a sentence at a page break.
#pragma once

#include "import/import.hpp"
#include "import/text_lines.hpp"
#include "model/document.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace clerk::import {

/// A paragraph, list item or tab-separated table row made of one or more source lines (or,
/// after table inference, a whole table).
struct TextParagraph {
    enum class Kind { Text, ListItem, TableRow, Table };
    Kind kind = Kind::Text;
    std::string text;               ///< the joined text (a list item's without its glyph)
    std::string glyph;              ///< ListItem: its glyph; empty when the glyph was lost
    std::size_t indent = 0;         ///< ListItem: leading spaces of its first line
    std::vector<std::string> cells; ///< TableRow: the cells, split at tabs
    std::vector<std::vector<std::string>> rows; ///< Table: header row first
    std::vector<Inline> inlines; ///< the text with its formatting, when the source had any
    std::uint32_t first_line = 0;
    std::uint32_t last_line = 0;
    int line_count = 0;
    int heading_level = 0;     ///< set when the source marked the line as a heading
    bool blank_before = false; ///< a blank line (or the start of the text) comes first
    std::string last_text;     ///< the last source line, for the joining rules
    std::size_t last_indent = 0;
    bool closed = false;     ///< nothing joins onto it (headings, table rows)
    bool emphasised = false; ///< set out as a heading is (larger or bold type, in a PDF)
    bool plain = false;      ///< read as text whatever it looks like (a line above the title)
    /// Where each source line starts in `text`: (byte offset, line number).
    std::vector<std::pair<std::size_t, std::uint32_t>> line_starts;

    /// The source line holding byte `offset` of `text`.
    std::uint32_t line_at(std::size_t offset) const {
        std::uint32_t line = first_line;
        for (const auto& [at, number] : line_starts)
            if (at <= offset) line = number;
        return line;
    }
};

/// Joins the kept lines into paragraphs. A line joins the one before when that one was cut
/// at the page width (it is long, or ends mid-sentence, or the next opens in lower case);
/// a line cut mid-sentence also joins across a blank line when the next opens in lower
/// case; a hyphen at a line end joins the word, kept or taken out as the document spells
/// the word elsewhere. A lower-case paragraph after a lead-in ending in ':' or after a list
/// item is a list item whose glyph was lost. Unsure joins are noted.
std::vector<TextParagraph> join_lines(const std::vector<TextLine>& lines,
                                      std::vector<ImportNote>& notes);

} // namespace clerk::import

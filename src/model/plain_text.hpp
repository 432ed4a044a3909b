// Plain text of inlines, blocks and units, with a map back to source positions.
#pragma once

#include <string>
#include <vector>

#include "model/document.hpp"

namespace clerk {

/// Plain text together with the source position of each run, so that an offset found by
/// searching the text (a reference, a gendered word) maps back to a line and column.
struct PlainText {
    struct Anchor {
        std::size_t offset; ///< where the run starts in `text`
        SourcePos pos;      ///< where the run starts in the source
    };
    std::string text;
    std::vector<Anchor> anchors; ///< sorted by offset

    /// The source position of a byte offset into `text`.
    SourcePos position(std::size_t offset) const;
    /// Appends a run that starts at `pos` in the source.
    void append(std::string_view run, SourcePos pos);
    /// Appends text that has no source of its own (separators).
    void append_separator(std::string_view separator);
};

/// Plain text of inlines: soft breaks read as spaces, markup is dropped.
std::string plain_text(const std::vector<Inline>& inlines);
/// Plain text of a block; list items and table rows on their own lines.
std::string plain_text(const Block& block);
/// Plain text of a unit's own content (not its children), blocks separated by newlines.
std::string plain_text(const Unit& unit);

/// Appends the plain text of inlines to `out`, keeping positions.
void append_plain_text(const std::vector<Inline>& inlines, PlainText& out);
/// The plain text of a paragraph or heading with positions.
PlainText positioned_text(const std::vector<Inline>& inlines);

/// Calls `visit(inlines, block)` for every run of inlines in the blocks, depth first:
/// paragraphs, headings, list item paragraphs and table cells.
template <typename Visit> void for_each_inlines(const std::vector<Block>& blocks, Visit&& visit) {
    for (const Block& block : blocks) {
        if (!block.inlines.empty()) visit(block.inlines, block);
        for (const TableRow& row : block.rows)
            for (const TableCell& cell : row.cells) visit(cell.inlines, block);
        for_each_inlines(block.children, visit);
    }
}

} // namespace clerk

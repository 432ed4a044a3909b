// The document as a flow of laid-out pieces, before it is cut into pages: text items (a
// paragraph, heading, list item or contents entry, with an optional hanging label), table
// rows, and the structure tags that enclose them. Pagination decides where each piece goes;
// drawing walks the flow again, page by page.
#pragma once

#include "pdf/image.hpp"
#include "pdf/text_block.hpp"

#include <optional>
#include <string>
#include <vector>

namespace clerk::pdf {

/// A paragraph-like piece: a body, an optional label in a hanging column (a clause number,
/// a bullet), an optional trailing text on the last line (a contents entry's page number).
struct TextItem {
    explicit TextItem(TextBlock text) : body(std::move(text)) {}
    TextBlock body;
    std::optional<TextBlock> label;
    std::optional<TextBlock> trailing; ///< right-aligned on the last line, after leader dots
    double x = 0;                      ///< body's left edge from the content box's left
    double label_x = 0;
    double space_before = 0;
    double space_after = 0;
    bool keep_with_next = false;      ///< never the last thing on a page (headings)
    bool unbreakable = false;         ///< never split across pages
    std::string tag;                  ///< structure element around the whole item ("P", "H2")
    std::string label_tag;            ///< around the label ("Lbl")
    std::string body_tag;             ///< around the body ("LBody")
    bool body_tag_stays_open = false; ///< body_tag closed later by a Close op
    std::string link;                 ///< cairo link attributes around the whole item
    std::optional<Colour> rule_below; ///< a rule under the item (the title)
};

/// One paragraph of a table cell: optional label (a bullet) and body.
struct CellText {
    explicit CellText(TextBlock text, std::optional<TextBlock> mark = std::nullopt)
        : label(std::move(mark)), body(std::move(text)) {}
    std::optional<TextBlock> label;
    TextBlock body;
    double x = 0; ///< body's left edge from the cell's inner left
    double space_before = 0;
    std::vector<std::string> opens; ///< structure tags opened before it
    int closes = 0;                 ///< how many tags are closed after it
    std::string label_tag;          ///< around the label ("Lbl")
    std::string body_tag;           ///< around the body ("LBody")
};

/// The top and bottom of one line, from the top of its cell's content.
struct LineSpan {
    double top = 0, bottom = 0;
};

/// A table cell: its paragraphs, stacked.
struct Cell {
    double x = 0, width = 0; ///< from the content box's left
    std::vector<CellText> texts;
    std::optional<Colour> background;
    std::string tag; ///< "TH", "TD" or "" (a box that is not a table)
    std::string tag_attributes;
    double height() const;
    /// Every line of the cell's paragraphs (bodies and labels), top to bottom.
    std::vector<LineSpan> lines() const;
};

/// A table row (or a shaded box: one cell, no tags).
struct RowItem {
    std::vector<Cell> cells;
    double padding = 4;
    double space_before = 0;
    double space_after = 0;
    bool header = false;    ///< a header row, repeated at the top of each page
    int repeat_header = -1; ///< for body rows: the item index of the table's header row
    bool borders = true;
    std::string tag = "TR";
    std::optional<Colour> left_rule; ///< a thick rule down the left (the banner)
    double height() const;
    /// The height of the cells' content (the row less its padding).
    double content_height() const { return height() - 2 * padding; }
    /// A table's body row may be split across pages between lines; a header row or a box
    /// (the banner) is kept whole.
    bool splittable() const { return !header && !tag.empty(); }
    /// The lowest point at most `limit` below `from` (both in the cells' content) that cuts
    /// through no line of any cell; `from` when not even one line fits.
    double cut(double from, double limit) const;
    /// The most lines any one cell has between `from` and `to`.
    int lines_between(double from, double to) const;
};

/// A picture (the council's logo), tagged as a Figure whose alternative text the finishing
/// step sets.
struct ImageItem {
    Picture picture;
    double x = 0; ///< from the content box's left
    double width = 0, height = 0;
    double advance = 0; ///< how far the flow moves down past it (0: text runs beside it)
};

/// What a flow entry is.
enum class FlowKind {
    Open,      ///< opens structure element `tag` with `attributes`
    Close,     ///< closes the innermost open element
    Text,      ///< TextItem `item`
    Row,       ///< RowItem `item`
    PageBreak, ///< the next piece starts a page
    Image,     ///< ImageItem `item`
};

/// One entry of the flow.
struct FlowEntry {
    FlowKind kind = FlowKind::Text;
    std::string tag;
    std::string attributes;
    int item = -1;
    std::vector<std::string> destinations; ///< named destinations at the piece's top
    std::string outline;                   ///< bookmark title ("" none)
    int outline_level = 0;                 ///< 1 for top-level sections
};

/// The laid-out document.
struct Flow {
    std::vector<TextItem> texts;
    std::vector<RowItem> rows;
    std::vector<ImageItem> images;
    std::vector<FlowEntry> entries;

    void open(std::string tag, std::string attributes = {});
    void close();
    /// Adds a text item; returns its flow entry.
    FlowEntry& text(TextItem item);
    /// Adds a row; returns its item index.
    int row(RowItem item);
    void page_break();
    /// Adds a picture.
    void image(ImageItem item);
};

} // namespace clerk::pdf

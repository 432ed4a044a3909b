// The document model: the one type every reader fills and every other stage reads.
//
// A Document is its metadata (front matter) and a tree of Units (sections, clauses,
// appendices), each holding the Blocks of its own content; Blocks hold Inlines. Units are
// stored flat, in document order, and refer to each other by index, so that later stages
// can keep tables keyed by unit index. Every node keeps the source position of its first
// byte so that a diagnostic can point at the exact words.
#pragma once

#include "model/metadata.hpp"
#include "model/source.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk {

/// The kinds of inline content.
enum class InlineKind {
    Text,      ///< plain text in `text`
    Emphasis,  ///< children in italics
    Strong,    ///< children in bold
    Code,      ///< literal code in `text`
    Link,      ///< children linked to `url`
    SoftBreak, ///< a line break in the source that reads as a space
    LineBreak, ///< a hard line break
    RawHtml,   ///< inline HTML kept verbatim in `text`; never rendered as HTML
};

/// A run of inline content.
struct Inline {
    InlineKind kind = InlineKind::Text;
    std::string text;             ///< Text, Code, RawHtml: the literal characters
    std::string url;              ///< Link: the destination
    std::vector<Inline> children; ///< Emphasis, Strong, Link
    SourcePos pos;                ///< first byte in the source

    friend bool operator==(const Inline&, const Inline&) = default;
};

/// The kinds of block content.
enum class BlockKind {
    Paragraph,   ///< `inlines`
    Heading,     ///< an unnumbered heading inside a unit: `inlines`, `level`
    BulletList,  ///< `children` are ListItem blocks
    OrderedList, ///< `children` are ListItem blocks; numbering from `start`
    ListItem,    ///< `children` are the item's blocks (paragraphs, nested lists)
    Table,       ///< `rows`; the first row is the header row when `header` is true
    Quote,       ///< `children` are the quoted blocks
    Code,        ///< a code block: `text`
    RawHtml,     ///< an HTML block kept verbatim in `text` (comments carry suppressions)
    Rule,        ///< a thematic break
};

/// One cell of a table row.
struct TableCell {
    std::vector<Inline> inlines;
    SourcePos pos;

    friend bool operator==(const TableCell&, const TableCell&) = default;
};

/// One row of a table.
struct TableRow {
    std::vector<TableCell> cells;
    SourcePos pos;

    friend bool operator==(const TableRow&, const TableRow&) = default;
};

/// A block of content inside a unit.
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<Inline> inlines; ///< Paragraph, Heading
    std::vector<Block> children; ///< lists, list items, quotes
    std::vector<TableRow> rows;  ///< Table
    std::string text;            ///< Code, RawHtml
    bool header = false;         ///< Table: the first row is a header row
    bool tight = true;           ///< lists: items without blank lines between them
    int level = 0;               ///< Heading: 1-6
    int start = 1;               ///< OrderedList: the first number
    SourceSpan span;             ///< first and last line of the block

    friend bool operator==(const Block&, const Block&) = default;
};

/// The kinds of unit.
enum class UnitKind {
    Preamble, ///< content before the first numbered unit
    Section,  ///< a heading: numbered (`# 5. Principles`) or with an explicit ID
    Clause,   ///< a paragraph that opens with a number (`5.7 To carry out ...`)
    Appendix, ///< a heading `Appendix 1 ...` (also Annex, Schedule)
};

/// The term a definitions clause defines.
struct Definition {
    std::string term; ///< as written, e.g. "Monitoring Officer"
    SourcePos pos;    ///< where the term is written

    friend bool operator==(const Definition&, const Definition&) = default;
};

/// Index of a unit in Document::units; -1 for none.
using UnitIndex = int;
inline constexpr UnitIndex kNoUnit = -1;

/// A unit's index as a position in Document::units (never kNoUnit).
inline std::size_t unit_position(UnitIndex unit) {
    return static_cast<std::size_t>(unit);
}

/// A numbered or identified part of the document: section, clause, appendix or preamble.
struct Unit {
    std::string id;     ///< stable ID: "9.3.5", "appendix-1", "quick-guide", "preamble"
    std::string number; ///< the number as written: "1.", "9.3.5", "Appendix 1"; empty if none
    std::string title;  ///< heading text without the number; empty for clauses
    UnitKind kind = UnitKind::Clause;
    int heading_level = 0;    ///< Markdown heading level (1-6) for headings; 0 for clauses
    bool explicit_id = false; ///< the ID was written as `{#id}`
    UnitIndex parent = kNoUnit;
    std::vector<UnitIndex> children;
    std::vector<Block> blocks;            ///< the unit's own content (for a clause, the opening
                                          ///< paragraph without its number comes first)
    std::optional<Definition> definition; ///< set on clauses of the definitions unit
    SourceSpan span;      ///< from the heading or number to the last line of own content
    SourcePos number_pos; ///< where the number (or heading text) starts
    SourcePos title_pos;  ///< where the title starts (headings) or the text (clauses)

    friend bool operator==(const Unit&, const Unit&) = default;
};

/// A loaded document: metadata, the unit tree and the source it came from.
class Document {
  public:
    Metadata metadata;
    std::vector<Unit> units;      ///< every unit, in document order
    std::vector<UnitIndex> roots; ///< top-level units, in document order
    SourceText source;            ///< the text the document was read from

    /// The unit with the given ID, or kNoUnit.
    UnitIndex find(std::string_view id) const;
    /// Rebuilds the ID index after `units` changed (readers call this once at the end).
    void index_ids();
    /// The units whose clauses define terms, in document order.
    std::vector<UnitIndex> definitions() const;

  private:
    std::vector<std::pair<std::string, UnitIndex>> ids_; // sorted by ID
};

/// Name of a unit kind as used in JSON and outlines: "section", "clause", ...
std::string_view to_string(UnitKind kind);
/// Name of a block kind: "paragraph", "bullet-list", ...
std::string_view to_string(BlockKind kind);
/// Name of an inline kind: "text", "emphasis", ...
std::string_view to_string(InlineKind kind);

} // namespace clerk

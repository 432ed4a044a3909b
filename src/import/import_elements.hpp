// What every importer produces before the document is built: a flat sequence of headings,
// paragraphs, list items and tables in reading order. document_assembly.hpp turns it into a
// Document with the same clause conventions as the Markdown reader.
#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace clerk::import {

/// One element of an imported document.
struct ImportElement {
    enum class Kind { Heading, Paragraph, ListItem, Table };
    Kind kind = Kind::Paragraph;
    /// Heading: 1-6, or 0 for "one level below the numbered heading it follows";
    /// ListItem: nesting depth from 1.
    int level = 0;
    bool numbered = false;       ///< Heading: opens with a number or is an appendix
    std::vector<Inline> inlines; ///< Heading, Paragraph, ListItem
    std::vector<TableRow> rows;  ///< Table
    bool header = false;         ///< Table: the first row is a header row
    std::string explicit_id;     ///< Heading: an ID to give it (`{#casework-councillors}`)
    bool list_number = false;    ///< Paragraph: numbered from a restarted list (1. -> 1.1)
    SourceSpan span;
};

/// A Text inline at a source position.
inline Inline text_inline(std::string text, SourcePos pos) {
    Inline in;
    in.kind = InlineKind::Text;
    in.text = std::move(text);
    in.pos = pos;
    return in;
}

} // namespace clerk::import

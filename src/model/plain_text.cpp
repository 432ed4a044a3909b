#include "model/plain_text.hpp"

#include <algorithm>

namespace clerk {

SourcePos PlainText::position(std::size_t offset) const {
    auto it = std::upper_bound(anchors.begin(), anchors.end(), offset,
                               [](std::size_t value, const Anchor& a) { return value < a.offset; });
    if (it == anchors.begin()) return anchors.empty() ? SourcePos{} : anchors.front().pos;
    --it;
    if (!it->pos.known()) return it->pos;
    return {it->pos.line, it->pos.column + static_cast<std::uint32_t>(offset - it->offset)};
}

void PlainText::append(std::string_view run, SourcePos pos) {
    anchors.push_back({text.size(), pos});
    text.append(run);
}

void PlainText::append_separator(std::string_view separator) {
    // A separator inherits the position just after the previous run.
    if (!anchors.empty()) {
        SourcePos next = position(text.size());
        anchors.push_back({text.size(), next});
    }
    text.append(separator);
}

void append_plain_text(const std::vector<Inline>& inlines, PlainText& out) {
    for (const Inline& in : inlines) {
        switch (in.kind) {
        case InlineKind::Text:
        case InlineKind::Code:
            out.append(in.text, in.pos);
            break;
        case InlineKind::SoftBreak:
        case InlineKind::LineBreak:
            out.append_separator(" ");
            break;
        case InlineKind::RawHtml:
            break;
        case InlineKind::Emphasis:
        case InlineKind::Strong:
        case InlineKind::Link:
            append_plain_text(in.children, out);
            break;
        }
    }
}

PlainText positioned_text(const std::vector<Inline>& inlines) {
    PlainText out;
    append_plain_text(inlines, out);
    return out;
}

std::string plain_text(const std::vector<Inline>& inlines) {
    return positioned_text(inlines).text;
}

namespace {

void append_block(const Block& block, std::string& out, int depth) {
    auto newline = [&] {
        if (!out.empty() && out.back() != '\n') out += '\n';
    };
    switch (block.kind) {
    case BlockKind::Paragraph:
    case BlockKind::Heading:
        newline();
        out += plain_text(block.inlines);
        break;
    case BlockKind::BulletList:
    case BlockKind::OrderedList:
        for (const Block& item : block.children) append_block(item, out, depth + 1);
        break;
    case BlockKind::ListItem:
    case BlockKind::Quote:
        for (const Block& child : block.children) append_block(child, out, depth);
        break;
    case BlockKind::Table:
        for (const TableRow& row : block.rows) {
            newline();
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                if (i > 0) out += " | ";
                out += plain_text(row.cells[i].inlines);
            }
        }
        break;
    case BlockKind::Code:
        newline();
        out += block.text;
        break;
    case BlockKind::RawHtml:
    case BlockKind::Rule:
        break;
    }
}

} // namespace

std::string plain_text(const Block& block) {
    std::string out;
    append_block(block, out, 0);
    return out;
}

std::string plain_text(const Unit& unit) {
    std::string out;
    for (const Block& block : unit.blocks) append_block(block, out, 0);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

} // namespace clerk

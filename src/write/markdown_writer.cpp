#include "write/markdown_writer.hpp"

#include "model/plain_text.hpp"
#include "write/front_matter_writer.hpp"

#include <algorithm>
#include <cctype>

namespace clerk {

namespace {

// "&amp;", "&#38;", "&#x26;" at `at`: text that Markdown would read as an entity.
bool entity_at(const std::string& text, std::size_t at) {
    std::size_t i = at + 1;
    auto is = [&](auto pred) {
        return i < text.size() && pred(static_cast<unsigned char>(text[i]));
    };
    std::size_t start;
    if (i < text.size() && text[i] == '#') {
        ++i;
        bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
        if (hex) ++i;
        start = i;
        while (
            is([&](unsigned char c) { return hex ? std::isxdigit(c) != 0 : std::isdigit(c) != 0; }))
            ++i;
    } else {
        if (!is([](unsigned char c) { return std::isalpha(c) != 0; })) return false;
        start = i;
        while (is([](unsigned char c) { return std::isalnum(c) != 0; }))
            ++i;
    }
    return i > start && i < text.size() && text[i] == ';';
}

// What would open a block at the start of a line: "# ", "- ", "1. ", ">", "===".
bool opens_block(const std::string& line) {
    auto space_or_end = [&](std::size_t i) {
        return i >= line.size() || std::isspace(static_cast<unsigned char>(line[i]));
    };
    if (line.empty()) return false;
    std::size_t hashes = line.find_first_not_of('#');
    if (hashes == std::string::npos) hashes = line.size();
    if (hashes >= 1 && hashes <= 6 && space_or_end(hashes)) return true;
    if ((line[0] == '-' || line[0] == '+' || line[0] == '*') && space_or_end(1)) return true;
    std::size_t digits = line.find_first_not_of("0123456789");
    if (digits == std::string::npos) digits = line.size();
    if (digits >= 1 && digits <= 9 && digits < line.size() &&
        (line[digits] == '.' || line[digits] == ')') && space_or_end(digits + 1))
        return true;
    if (line[0] == '>') return true;
    std::size_t equals = line.find_first_not_of('=');
    if (equals > 0 && (equals == std::string::npos ||
                       line.find_first_not_of(" \t\r\n", equals) == std::string::npos))
        return true;
    return false;
}

// Escapes characters that Markdown would read as markup.
std::string escape_text(const std::string& text, bool in_table) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        switch (c) {
        case '\\':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '<':
            out += '\\';
            break;
        case '&':
            // Only where it would read as an entity.
            if (entity_at(text, i)) out += '\\';
            break;
        case '|':
            if (in_table) out += '\\';
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

void write_inlines(const std::vector<Inline>& inlines, std::string& out, bool in_table) {
    for (const Inline& in : inlines) {
        switch (in.kind) {
        case InlineKind::Text:
            out += escape_text(in.text, in_table);
            break;
        case InlineKind::Code: {
            std::string fence = "`";
            while (in.text.find(fence) != std::string::npos)
                fence += '`';
            bool pad = !in.text.empty() && (in.text.front() == '`' || in.text.back() == '`');
            out += fence + (pad ? " " : "") + in.text + (pad ? " " : "") + fence;
            break;
        }
        case InlineKind::Emphasis:
            out += '*';
            write_inlines(in.children, out, in_table);
            out += '*';
            break;
        case InlineKind::Strong:
            out += "**";
            write_inlines(in.children, out, in_table);
            out += "**";
            break;
        case InlineKind::Link:
            out += '[';
            write_inlines(in.children, out, in_table);
            out += "](" + in.url + ")";
            break;
        case InlineKind::SoftBreak:
            out += ' ';
            break;
        case InlineKind::LineBreak:
            out += in_table ? " " : "\\\n";
            break;
        case InlineKind::RawHtml:
            out += in.text;
            break;
        }
    }
}

// Escapes what would open a block at the start of a line ("# ", "- ", "1. ", "> ").
std::string guard_line_start(std::string line) {
    if (opens_block(line)) {
        auto digits = line.find_first_not_of("0123456789");
        if (digits != std::string::npos && digits > 0)
            line.insert(digits, "\\");
        else
            line.insert(0, "\\");
    }
    return line;
}

void write_blocks(const std::vector<Block>& blocks, std::string& out, const std::string& indent,
                  bool tight = false);

void write_block(const Block& block, std::string& out, const std::string& indent) {
    switch (block.kind) {
    case BlockKind::Paragraph: {
        std::string text;
        write_inlines(block.inlines, text, false);
        out += indent + guard_line_start(text) + "\n";
        break;
    }
    case BlockKind::Heading: {
        std::string text;
        write_inlines(block.inlines, text, false);
        out += indent + std::string(static_cast<std::size_t>(std::max(1, block.level)), '#') + " " +
               text + "\n";
        break;
    }
    case BlockKind::BulletList:
    case BlockKind::OrderedList: {
        int number = block.start;
        bool first = true;
        for (const Block& item : block.children) {
            if (!first && !block.tight) out += "\n";
            first = false;
            std::string marker =
                block.kind == BlockKind::BulletList ? "- " : std::to_string(number++) + ". ";
            std::string inner_indent = indent + std::string(marker.size(), ' ');
            std::string item_text;
            write_blocks(item.children, item_text, inner_indent, block.tight);
            if (item_text.empty()) {
                out += indent + marker.substr(0, marker.size() - 1) + "\n";
                continue;
            }
            // The first line of the item carries the marker instead of the indent.
            out += indent + marker + item_text.substr(inner_indent.size());
        }
        break;
    }
    case BlockKind::ListItem:
        write_blocks(block.children, out, indent);
        break;
    case BlockKind::Table: {
        if (block.rows.empty()) break;
        std::size_t columns = 0;
        for (const TableRow& row : block.rows)
            columns = std::max(columns, row.cells.size());
        auto write_row = [&](const TableRow& row) {
            out += indent + "|";
            for (std::size_t i = 0; i < columns; ++i) {
                std::string cell;
                if (i < row.cells.size()) write_inlines(row.cells[i].inlines, cell, true);
                out += " " + cell + " |";
            }
            out += "\n";
        };
        std::size_t first_body = 0;
        if (block.header) {
            write_row(block.rows.front());
            first_body = 1;
        } else {
            write_row(TableRow{});
        }
        out += indent + "|";
        for (std::size_t i = 0; i < columns; ++i)
            out += " --- |";
        out += "\n";
        for (std::size_t r = first_body; r < block.rows.size(); ++r)
            write_row(block.rows[r]);
        break;
    }
    case BlockKind::Quote: {
        std::string inner;
        write_blocks(block.children, inner, "");
        std::size_t start = 0;
        while (start < inner.size()) {
            std::size_t end = inner.find('\n', start);
            std::string line = inner.substr(start, end - start);
            out += indent + (line.empty() ? ">" : "> " + line) + "\n";
            start = end == std::string::npos ? inner.size() : end + 1;
        }
        break;
    }
    case BlockKind::Code: {
        std::string fence = "```";
        while (block.text.find(fence) != std::string::npos)
            fence += '`';
        out += indent + fence + "\n";
        std::size_t start = 0;
        while (start < block.text.size()) {
            std::size_t end = block.text.find('\n', start);
            out += indent + block.text.substr(start, end - start) + "\n";
            start = end == std::string::npos ? block.text.size() : end + 1;
        }
        out += indent + fence + "\n";
        break;
    }
    case BlockKind::RawHtml: {
        std::string text = block.text;
        while (!text.empty() && text.back() == '\n')
            text.pop_back();
        out += indent + text + "\n";
        break;
    }
    case BlockKind::Rule:
        out += indent + "---\n";
        break;
    }
}

void write_blocks(const std::vector<Block>& blocks, std::string& out, const std::string& indent,
                  bool tight) {
    bool first = true;
    for (const Block& block : blocks) {
        if (!first && !tight) out += "\n";
        first = false;
        write_block(block, out, indent);
    }
}

std::string heading_line(const Unit& unit) {
    std::string line(static_cast<std::size_t>(std::max(1, unit.heading_level)), '#');
    line += ' ';
    std::string title = escape_text(unit.title, false);
    if (unit.kind == UnitKind::Appendix) {
        line += unit.number;
        if (!title.empty()) line += " – " + title;
    } else if (!unit.number.empty()) {
        line += unit.number;
        if (!title.empty()) line += " " + title;
    } else {
        line += title;
    }
    // An ID that the number would not give back is written out.
    bool derived =
        (unit.kind == UnitKind::Section && !unit.number.empty()) || unit.kind == UnitKind::Appendix;
    if (unit.explicit_id || !derived) line += " {#" + unit.id + "}";
    return line + "\n";
}

} // namespace

std::string write_markdown_inlines(const std::vector<Inline>& inlines) {
    std::string out;
    write_inlines(inlines, out, false);
    return out;
}

std::string write_markdown(const Document& doc) {
    std::string out = write_front_matter(doc.metadata);
    for (const Unit& unit : doc.units) {
        std::vector<const Block*> rest;
        if (unit.kind == UnitKind::Clause) {
            std::string text;
            if (!unit.blocks.empty()) write_inlines(unit.blocks.front().inlines, text, false);
            out += "\n" + unit.number + (text.empty() ? "" : " " + text) + "\n";
        } else if (unit.kind != UnitKind::Preamble) {
            out += "\n" + heading_line(unit);
        }
        std::size_t first = unit.kind == UnitKind::Clause ? 1 : 0;
        for (std::size_t i = first; i < unit.blocks.size(); ++i) {
            out += "\n";
            write_block(unit.blocks[i], out, "");
        }
    }
    return out;
}

} // namespace clerk

// The Markdown reader: cmark-gfm (with GFM tables) for the blocks and inlines, YAML front
// matter for the metadata, and UnitBuilder for the clause conventions.
#include "load/front_matter.hpp"
#include "load/front_matter_validation.hpp"
#include "load/load.hpp"
#include "load/unit_builder.hpp"
#include "model/limits.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <fmt/format.h>
#include <memory>
#include <utility>

namespace clerk {

namespace {

struct NodeDeleter {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct ParserDeleter {
    void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

SourcePos start_of(cmark_node* node) {
    return {static_cast<std::uint32_t>(std::max(0, cmark_node_get_start_line(node))),
            static_cast<std::uint32_t>(std::max(0, cmark_node_get_start_column(node)))};
}

SourceSpan span_of(cmark_node* node) {
    return {start_of(node),
            {static_cast<std::uint32_t>(std::max(0, cmark_node_get_end_line(node))),
             static_cast<std::uint32_t>(std::max(0, cmark_node_get_end_column(node)))}};
}

std::string literal(cmark_node* node) {
    const char* text = cmark_node_get_literal(node);
    return text ? text : "";
}

std::vector<Inline> convert_inlines(cmark_node* parent);

Inline convert_inline(cmark_node* node) {
    Inline in;
    in.pos = start_of(node);
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
        in.kind = InlineKind::Text;
        in.text = literal(node);
        break;
    case CMARK_NODE_CODE:
        in.kind = InlineKind::Code;
        in.text = literal(node);
        break;
    case CMARK_NODE_SOFTBREAK:
        in.kind = InlineKind::SoftBreak;
        break;
    case CMARK_NODE_LINEBREAK:
        in.kind = InlineKind::LineBreak;
        break;
    case CMARK_NODE_HTML_INLINE:
        in.kind = InlineKind::RawHtml;
        in.text = literal(node);
        break;
    case CMARK_NODE_EMPH:
        in.kind = InlineKind::Emphasis;
        in.children = convert_inlines(node);
        break;
    case CMARK_NODE_STRONG:
        in.kind = InlineKind::Strong;
        in.children = convert_inlines(node);
        break;
    case CMARK_NODE_LINK: {
        in.kind = InlineKind::Link;
        const char* url = cmark_node_get_url(node);
        in.url = url ? url : "";
        in.children = convert_inlines(node);
        break;
    }
    case CMARK_NODE_IMAGE:
        // Images keep their description as text; governance documents carry no images.
        in.kind = InlineKind::Text;
        {
            std::vector<Inline> alt = convert_inlines(node);
            for (auto& a : alt)
                in.text += a.text;
        }
        break;
    default:
        in.kind = InlineKind::Text;
        in.text = literal(node);
        break;
    }
    // cmark gives no position to breaks; they sit at the end of the previous line.
    return in;
}

std::vector<Inline> convert_inlines(cmark_node* parent) {
    std::vector<Inline> out;
    for (cmark_node* child = cmark_node_first_child(parent); child;
         child = cmark_node_next(child)) {
        Inline in = convert_inline(child);
        // Adjacent text runs from cmark (split at entities and brackets) read as one.
        if (in.kind == InlineKind::Text && !out.empty() && out.back().kind == InlineKind::Text &&
            in.pos.line == out.back().pos.line &&
            in.pos.column == out.back().pos.column + out.back().text.size()) {
            out.back().text += in.text;
            continue;
        }
        out.push_back(std::move(in));
    }
    return out;
}

Block convert_block(cmark_node* node);

std::vector<Block> convert_children(cmark_node* parent) {
    std::vector<Block> out;
    for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child))
        out.push_back(convert_block(child));
    return out;
}

Block convert_block(cmark_node* node) {
    Block block;
    block.span = span_of(node);
    const char* type = cmark_node_get_type_string(node);
    std::string_view type_name = type ? type : "";
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        block.kind = BlockKind::Paragraph;
        block.inlines = convert_inlines(node);
        break;
    case CMARK_NODE_HEADING:
        block.kind = BlockKind::Heading;
        block.level = cmark_node_get_heading_level(node);
        block.inlines = convert_inlines(node);
        break;
    case CMARK_NODE_LIST:
        block.kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? BlockKind::OrderedList
                                                                          : BlockKind::BulletList;
        block.start = cmark_node_get_list_start(node);
        block.tight = cmark_node_get_list_tight(node) != 0;
        block.children = convert_children(node);
        break;
    case CMARK_NODE_ITEM:
        block.kind = BlockKind::ListItem;
        block.children = convert_children(node);
        break;
    case CMARK_NODE_BLOCK_QUOTE:
        block.kind = BlockKind::Quote;
        block.children = convert_children(node);
        break;
    case CMARK_NODE_CODE_BLOCK:
        block.kind = BlockKind::Code;
        block.text = literal(node);
        break;
    case CMARK_NODE_HTML_BLOCK:
        block.kind = BlockKind::RawHtml;
        block.text = literal(node);
        break;
    case CMARK_NODE_THEMATIC_BREAK:
        block.kind = BlockKind::Rule;
        break;
    default:
        if (type_name == "table") {
            block.kind = BlockKind::Table;
            for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
                TableRow table_row;
                table_row.pos = start_of(row);
                const char* row_type = cmark_node_get_type_string(row);
                if (row_type && std::string_view(row_type) == "table_header") block.header = true;
                for (cmark_node* cell = cmark_node_first_child(row); cell;
                     cell = cmark_node_next(cell)) {
                    TableCell table_cell;
                    table_cell.pos = start_of(cell);
                    table_cell.inlines = convert_inlines(cell);
                    table_row.cells.push_back(std::move(table_cell));
                }
                block.rows.push_back(std::move(table_row));
            }
        } else {
            block.kind = BlockKind::Paragraph;
            block.inlines = convert_inlines(node);
        }
        break;
    }
    return block;
}

Diagnostic input_error(const SourceText& source, std::uint32_t line, std::string message,
                       std::string suggestion) {
    return Diagnostic{Severity::Error,
                      "load/content",
                      std::move(message),
                      source.path(),
                      {{line, 1}, {line, 1}},
                      std::move(suggestion),
                      {}};
}

// The deepest nesting of nodes under `root`, found without recursion (the conversion below
// recurses, so it only runs on trees this has bounded); stops counting past `limit`.
// Returns the depth and the first node that reached it.
std::pair<std::size_t, cmark_node*> nesting_depth(cmark_node* root, std::size_t limit) {
    std::size_t depth = 0, deepest = 0;
    cmark_node* where = root;
    for (cmark_node* node = root; node;) {
        if (cmark_node* child = cmark_node_first_child(node)) {
            node = child;
            if (++depth > deepest) {
                deepest = depth;
                where = node;
                if (deepest > limit) break;
            }
            continue;
        }
        while (node != root && !cmark_node_next(node)) {
            node = cmark_node_parent(node);
            --depth;
        }
        node = node == root ? nullptr : cmark_node_next(node);
    }
    return {deepest, where};
}

// The first line longer than `limit` bytes: its number (from 1) and length; {0, 0} if none.
std::pair<std::uint32_t, std::size_t> overlong_line(std::string_view text, std::size_t limit) {
    std::uint32_t line = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (end - start > limit) return {line, end - start};
        start = end + 1;
        ++line;
    }
    return {0, 0};
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

LoadResult read_markdown(SourceText source) {
    LoadResult result;
    Document doc;
    const std::string& text = source.text();
    if (blank(text)) {
        result.diagnostics.push_back(input_error(
            source, 0, "empty document: the file has no text",
            "write the document in Markdown with numbered clauses (see README, 'The Markdown "
            "form'), or use `clerk import` on a Word or PDF text"));
        return result;
    }

    if (auto [line, length] = overlong_line(text, limits::kLineBytes); line != 0) {
        result.diagnostics.push_back(
            input_error(source, line,
                        fmt::format("line {} is {} KB long; the limit is {} KB a line", line,
                                    length >> 10, limits::kLineBytes >> 10),
                        "break the line: end each sentence or paragraph with a line break"));
        return result;
    }

    Diagnostic error;
    auto block = find_front_matter(text, source.path(), error);
    if (!block) {
        result.diagnostics.push_back(std::move(error));
        return result;
    }
    std::string body = text;
    if (block->found) {
        auto first_yaml_line = source.position_of(block->yaml_begin).line;
        auto meta =
            parse_front_matter(text.substr(block->yaml_begin, block->yaml_end - block->yaml_begin),
                               first_yaml_line, source.path(), error);
        if (!meta) {
            result.diagnostics.push_back(std::move(error));
            return result;
        }
        std::vector<Diagnostic> invalid = validate_front_matter(
            text.substr(block->yaml_begin, block->yaml_end - block->yaml_begin), first_yaml_line,
            source.path());
        if (!invalid.empty()) {
            result.diagnostics = std::move(invalid);
            return result;
        }
        doc.metadata = std::move(*meta);
        doc.metadata.pos = {1, 1};
        // Blank the front matter but keep its newlines, so that cmark's line numbers are
        // the file's line numbers.
        for (std::size_t i = 0; i < block->body_begin && i < body.size(); ++i)
            if (body[i] != '\n') body[i] = ' ';
        if (blank(std::string_view(text).substr(block->body_begin))) {
            result.diagnostics.push_back(
                input_error(source, source.position_of(block->body_begin).line,
                            "empty document: front matter but no content after it",
                            "add the document's sections and clauses after the closing '---'"));
            return result;
        }
    }

    cmark_gfm_core_extensions_ensure_registered();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    if (cmark_syntax_extension* table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser.get(), table);
    cmark_parser_feed(parser.get(), body.data(), body.size());
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));

    if (auto [depth, where] = nesting_depth(root.get(), limits::kNestingDepth);
        depth > limits::kNestingDepth) {
        result.diagnostics.push_back(input_error(
            source, start_of(where).line,
            fmt::format("nesting deeper than {} levels (lists in lists, quotes in quotes or "
                        "emphasis in emphasis)",
                        limits::kNestingDepth),
            "flatten the structure: a council document needs a few levels of lists at most"));
        return result;
    }

    UnitBuilder builder(doc);
    for (cmark_node* node = cmark_node_first_child(root.get()); node;
         node = cmark_node_next(node)) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            builder.add_heading(convert_inlines(node), cmark_node_get_heading_level(node),
                                span_of(node));
            break;
        case CMARK_NODE_PARAGRAPH:
            builder.add_paragraph(convert_inlines(node), span_of(node));
            break;
        default:
            builder.add_block(convert_block(node));
            break;
        }
    }
    builder.finish();

    bool has_unit = std::any_of(doc.units.begin(), doc.units.end(),
                                [](const Unit& u) { return u.kind != UnitKind::Preamble; });
    if (!has_unit) {
        result.diagnostics.push_back(input_error(
            source, block->found ? source.position_of(block->body_begin).line : 1,
            "no numbered units: no heading or paragraph opens with a clause number such as "
            "'1.' or '5.7'",
            "number the sections ('# 1. Introduction') and clauses ('1.1 ...'), give headings "
            "IDs ('## Quick Guide {#quick-guide}'), or use `clerk import` to infer them"));
        return result;
    }
    doc.source = std::move(source);
    result.document = std::move(doc);
    return result;
}

} // namespace clerk

// Blocks and inlines from Akoma Ntoso. Whitespace that only lays out the XML (indentation,
// a line break at the start or end of a paragraph) is dropped; a line break inside text
// is a soft break, as in Markdown.
#include "model/plain_text.hpp"
#include "xml/akn_read_parts.hpp"
#include "xml/safe_xml.hpp"

#include <cstdlib>
#include <set>

namespace clerk::xml::detail {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_blank(std::string_view text) {
    for (char c : text)
        if (!is_space(c)) return false;
    return true;
}

bool is_text(pugi::xml_node node) {
    return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

// Inline elements that carry meaning Clerk does not model: their text is kept, silently.
bool is_transparent_inline(std::string_view name) {
    static const std::set<std::string_view> names{"def",
                                                  "term",
                                                  "ref",
                                                  "mref",
                                                  "rref",
                                                  "span",
                                                  "abbr",
                                                  "date",
                                                  "time",
                                                  "person",
                                                  "organization",
                                                  "role",
                                                  "location",
                                                  "quantity",
                                                  "entity",
                                                  "concept",
                                                  "object",
                                                  "event",
                                                  "process",
                                                  "docTitle",
                                                  "docNumber",
                                                  "docProponent",
                                                  "docStatus",
                                                  "docDate",
                                                  "docCommittee",
                                                  "docType",
                                                  "docStage",
                                                  "docPurpose",
                                                  "docJurisdiction",
                                                  "docIntroducer",
                                                  "docAuthority",
                                                  "legislature",
                                                  "session",
                                                  "shortTitle",
                                                  "u",
                                                  "sub",
                                                  "sup",
                                                  "ins",
                                                  "del",
                                                  "outcome",
                                                  "affectedDocument",
                                                  "relatedDocument",
                                                  "inline",
                                                  "signature",
                                                  "judge",
                                                  "party",
                                                  "lawyer"};
    return names.count(name) > 0;
}

// Appends text, folding layout whitespace: a line break with the spaces around it is one
// soft break.
void append_text(ReadContext& context, pugi::xml_node node, std::vector<Inline>& out) {
    std::string_view text = node.value();
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t nl = text.find('\n', i);
        std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        std::size_t run_end = end;
        if (nl != std::string_view::npos)
            while (run_end > i && (text[run_end - 1] == ' ' || text[run_end - 1] == '\t'))
                --run_end;
        if (run_end > i) {
            Inline in;
            in.kind = InlineKind::Text;
            in.text = std::string(text.substr(i, run_end - i));
            in.pos = text_position(context.source, node, i);
            out.push_back(std::move(in));
        }
        if (nl == std::string_view::npos) break;
        Inline brk;
        brk.kind = InlineKind::SoftBreak;
        brk.pos = text_position(context.source, node, nl);
        out.push_back(brk);
        i = nl + 1;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'))
            ++i;
    }
}

void collect_inlines(ReadContext& context, pugi::xml_node element, std::vector<Inline>& out);

// Inline content from the nodes [first, last).
void collect_inline_nodes(ReadContext& context, pugi::xml_node first, pugi::xml_node last,
                          std::vector<Inline>& out) {
    for (pugi::xml_node node = first; node != last; node = node.next_sibling()) {
        if (is_text(node)) {
            append_text(context, node, out);
            continue;
        }
        if (node.type() != pugi::node_element) continue;
        std::string_view name = context.local(node);
        Inline in;
        in.pos = context.pos(node);
        if (name == "i" || name == "b" || name == "a") {
            in.kind = name == "i"   ? InlineKind::Emphasis
                      : name == "b" ? InlineKind::Strong
                                    : InlineKind::Link;
            if (name == "a") in.url = node.attribute("href").value();
            in.children = read_inlines(context, node);
            out.push_back(std::move(in));
        } else if (name == "inline" &&
                   (std::string_view(node.attribute("name").value()) == "code" ||
                    std::string_view(node.attribute("name").value()) == "html")) {
            in.kind = std::string_view(node.attribute("name").value()) == "code"
                          ? InlineKind::Code
                          : InlineKind::RawHtml;
            in.text = raw_text(node);
            if (pugi::xml_node first = node.first_child())
                in.pos = text_position(context.source, first, 0);
            out.push_back(std::move(in));
        } else if (name == "eol" || name == "br" || name == "eop") {
            in.kind = InlineKind::LineBreak;
            out.push_back(std::move(in));
        } else if (is_transparent_inline(name)) {
            collect_inlines(context, node, out);
        } else {
            context.unknown(node, "inline");
            collect_inlines(context, node, out);
        }
    }
}

void collect_inlines(ReadContext& context, pugi::xml_node element, std::vector<Inline>& out) {
    collect_inline_nodes(context, element.first_child(), pugi::xml_node(), out);
}

bool is_block_element(std::string_view name) {
    static const std::set<std::string_view> names{
        "p",          "block",   "blockList", "ul",        "ol",      "table", "blockContainer",
        "container",  "tblock",  "intro",     "content",   "wrapUp",  "num",   "heading",
        "subheading", "foreign", "toc",       "longTitle", "formula", "list",  "embeddedStructure"};
    return names.count(name) > 0;
}

// Adjacent text runs become one (references and terms split them in the XML), and layout
// breaks at either end of the content are dropped.
std::vector<Inline> tidy(std::vector<Inline> inlines) {
    std::vector<Inline> out;
    for (Inline& in : inlines) {
        if (in.kind == InlineKind::Text && !out.empty() && out.back().kind == InlineKind::Text) {
            out.back().text += in.text;
            continue;
        }
        out.push_back(std::move(in));
    }
    while (!out.empty() && out.front().kind == InlineKind::SoftBreak)
        out.erase(out.begin());
    while (!out.empty() && out.back().kind == InlineKind::SoftBreak)
        out.pop_back();
    // Two breaks in a row (a blank line in the XML) read as one.
    for (std::size_t i = 1; i < out.size();) {
        if (out[i].kind == InlineKind::SoftBreak && out[i - 1].kind == InlineKind::SoftBreak)
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
        else
            ++i;
    }
    return out;
}

Block paragraph(ReadContext& context, pugi::xml_node element) {
    Block b;
    b.kind = BlockKind::Paragraph;
    b.inlines = read_inlines(context, element);
    b.span = {context.pos(element), context.pos(element)};
    return b;
}

int int_attribute(const char* text, int fallback) {
    if (!text || !*text) return fallback;
    char* end = nullptr;
    long value = std::strtol(text, &end, 10);
    return (end && *end == '\0') ? static_cast<int>(value) : fallback;
}

void read_list(ReadContext& context, pugi::xml_node element, std::vector<Block>& out) {
    std::string_view name = context.local(element);
    std::string_view cls = element.attribute("class").value();
    Block list;
    list.kind = (name == "ol" || cls == "ordered") ? BlockKind::OrderedList : BlockKind::BulletList;
    list.start = int_attribute(context.clerk_attribute(element, "start"), 1);
    list.tight = std::string_view(context.clerk_attribute(element, "tight")) != "false";
    list.span = {context.pos(element), context.pos(element)};
    std::vector<Block> after;
    for (pugi::xml_node child : element.children()) {
        if (child.type() != pugi::node_element) continue;
        std::string_view child_name = context.local(child);
        if (child_name == "item" || child_name == "li") {
            Block item;
            item.kind = BlockKind::ListItem;
            item.span = {context.pos(child), context.pos(child)};
            item.children = read_blocks(context, child);
            list.children.push_back(std::move(item));
        } else if (child_name == "listIntroduction") {
            out.push_back(paragraph(context, child));
        } else if (child_name == "listWrapUp") {
            after.push_back(paragraph(context, child));
        } else if (child_name != "num") {
            context.unknown(child, "list");
        }
    }
    out.push_back(std::move(list));
    for (Block& b : after)
        out.push_back(std::move(b));
}

void read_table(ReadContext& context, pugi::xml_node element, std::vector<Block>& out) {
    Block table;
    table.kind = BlockKind::Table;
    table.span = {context.pos(element), context.pos(element)};
    bool first_row_header = false;
    for (pugi::xml_node tr : element.children()) {
        if (tr.type() != pugi::node_element || context.local(tr) != "tr") continue;
        TableRow row;
        row.pos = context.pos(tr);
        bool all_th = true;
        for (pugi::xml_node cell : tr.children()) {
            if (cell.type() != pugi::node_element) continue;
            std::string_view cell_name = context.local(cell);
            if (cell_name != "td" && cell_name != "th") continue;
            all_th = all_th && cell_name == "th";
            TableCell c;
            c.pos = context.pos(cell);
            // A cell holds paragraphs; several become one line with hard breaks between.
            for (const Block& b : read_blocks(context, cell)) {
                if (!c.inlines.empty())
                    c.inlines.push_back(Inline{InlineKind::LineBreak, {}, {}, {}, {}});
                std::vector<Inline> inlines = b.inlines;
                if (inlines.empty() && !b.children.empty()) {
                    Inline text;
                    text.kind = InlineKind::Text;
                    text.text = plain_text(b);
                    inlines.push_back(text);
                }
                c.inlines.insert(c.inlines.end(), inlines.begin(), inlines.end());
            }
            row.cells.push_back(std::move(c));
        }
        if (table.rows.empty()) first_row_header = all_th && !row.cells.empty();
        table.rows.push_back(std::move(row));
    }
    table.header =
        first_row_header && std::string_view(context.clerk_attribute(element, "header")) != "false";
    out.push_back(std::move(table));
}

} // namespace

std::string raw_text(pugi::xml_node element) {
    std::string out;
    for (pugi::xml_node node : element.children()) {
        if (is_text(node))
            out += node.value();
        else if (node.type() == pugi::node_element)
            out += raw_text(node);
    }
    return out;
}

std::vector<Inline> read_inlines(ReadContext& context, pugi::xml_node element) {
    std::vector<Inline> out;
    collect_inlines(context, element, out);
    return tidy(std::move(out));
}

pugi::xml_node find_definition(const ReadContext& context, pugi::xml_node element) {
    for (pugi::xml_node child : element.children()) {
        if (child.type() != pugi::node_element) continue;
        if (context.local(child) == "def") return child;
        if (pugi::xml_node found = find_definition(context, child)) return found;
    }
    return {};
}

void read_block(ReadContext& context, pugi::xml_node element, std::vector<Block>& out) {
    std::string_view name = context.local(element);
    if (context.has_clerk_attribute(element, "placeholder")) return;
    SourcePos pos = context.pos(element);
    if (name == "p") {
        out.push_back(paragraph(context, element));
    } else if (name == "block") {
        std::string_view kind = element.attribute("name").value();
        Block b;
        b.span = {pos, pos};
        if (kind == "heading") {
            b.kind = BlockKind::Heading;
            b.level = int_attribute(context.clerk_attribute(element, "level"), 2);
            b.inlines = read_inlines(context, element);
        } else if (kind == "code" || kind == "html") {
            b.kind = kind == "code" ? BlockKind::Code : BlockKind::RawHtml;
            b.text = raw_text(element);
        } else if (kind == "rule") {
            b.kind = BlockKind::Rule;
        } else {
            b = paragraph(context, element);
        }
        out.push_back(std::move(b));
    } else if (name == "blockList" || name == "ul" || name == "ol") {
        read_list(context, element, out);
    } else if (name == "table") {
        read_table(context, element, out);
    } else if (name == "blockContainer" &&
               std::string_view(element.attribute("class").value()) == "quote") {
        Block quote;
        quote.kind = BlockKind::Quote;
        quote.span = {pos, pos};
        quote.children = read_blocks(context, element);
        out.push_back(std::move(quote));
    } else if (name == "blockContainer" || name == "container" || name == "tblock" ||
               name == "intro" || name == "content" || name == "wrapUp") {
        // Containers of blocks with no meaning of their own: their blocks stand in place.
        for (Block& b : read_blocks(context, element))
            out.push_back(std::move(b));
    } else if (name == "num" || name == "heading" || name == "subheading") {
        // Titles of a container that is read as blocks: the text is kept as a paragraph.
        Block b = paragraph(context, element);
        if (!b.inlines.empty()) out.push_back(std::move(b));
    } else {
        context.unknown(element, "block");
        Block b = paragraph(context, element);
        if (b.inlines.empty()) {
            std::string text = raw_text(element);
            if (!is_blank(text)) b.inlines.push_back(Inline{InlineKind::Text, text, {}, {}, pos});
        }
        if (!b.inlines.empty()) out.push_back(std::move(b));
    }
}

std::vector<Block> read_blocks(ReadContext& context, pugi::xml_node container) {
    std::vector<Block> out;
    // Text and inline elements straight inside a container of blocks (as in <li>) form
    // paragraphs of their own between the block elements.
    pugi::xml_node run;
    auto flush = [&](pugi::xml_node end) {
        if (!run) return;
        std::vector<Inline> inlines;
        collect_inline_nodes(context, run, end, inlines);
        inlines = tidy(std::move(inlines));
        if (!inlines.empty()) {
            Block b;
            b.kind = BlockKind::Paragraph;
            b.inlines = std::move(inlines);
            b.span = {context.pos(run), context.pos(run)};
            out.push_back(std::move(b));
        }
        run = pugi::xml_node();
    };
    for (pugi::xml_node node : container.children()) {
        bool block = node.type() == pugi::node_element && is_block_element(context.local(node));
        bool inline_content = (is_text(node) && !(run ? false : is_blank(node.value()))) ||
                              (node.type() == pugi::node_element && !block);
        if (block) {
            flush(node);
            read_block(context, node, out);
        } else if (inline_content && !run) {
            run = node;
        }
    }
    flush(pugi::xml_node());
    return out;
}

} // namespace clerk::xml::detail

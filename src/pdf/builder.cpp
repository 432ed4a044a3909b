#include "pdf/builder.hpp"

#include "model/plain_text.hpp"
#include "render/content_html.hpp"
#include "render/render_html.hpp"

#include <algorithm>
#include <cmath>
#include <kainjow/mustache.hpp>

namespace clerk::pdf {

namespace {

constexpr double kListIndent = 16;
constexpr double kLogoHeight = 42; // points

std::string bullet_for(int level) {
    static const char* bullets[] = {"\xe2\x80\xa2", "\xe2\x80\x93", "\xe2\x97\xa6"};
    return bullets[level % 3];
}

} // namespace

FlowBuilder::FlowBuilder(const PdfStyle& style, const TextContext& context, double content_width)
    : style_(style), context_(context), width_(content_width) {}

TextStyle FlowBuilder::text_style(Role role) const {
    TextStyle t;
    t.family = style_.body_font;
    t.mono_family = style_.mono_font;
    t.size = style_.body_size;
    t.colour = style_.text;
    t.link_colour = style_.link;
    t.deleted_colour = style_.deleted;
    t.inserted_colour = style_.inserted;
    t.line_height = style_.line_height;
    t.justify = style_.justify;
    switch (role) {
    case Role::Body:
        break;
    case Role::Small:
        t.size = style_.small_size;
        t.justify = false;
        break;
    case Role::Muted:
        t.size = style_.small_size;
        t.colour = style_.muted;
        t.justify = false;
        break;
    case Role::Title:
        t.family = style_.heading_font;
        t.size = style_.title_size;
        t.bold = true;
        t.colour = style_.heading;
        t.line_height = 1.15;
        t.justify = false;
        break;
    case Role::Council:
        t.size = style_.council_size;
        t.colour = style_.muted;
        t.justify = false;
        break;
    case Role::H1:
    case Role::H2:
    case Role::H3:
        t.family = style_.heading_font;
        t.size = role == Role::H1   ? style_.h1_size
                 : role == Role::H2 ? style_.h2_size
                                    : style_.h3_size;
        t.bold = true;
        t.colour = style_.heading;
        t.line_height = 1.2;
        t.justify = false;
        break;
    case Role::Table:
        t.size = style_.table_size;
        t.justify = false;
        t.line_height = 1.2;
        break;
    case Role::TableHead:
        t.size = style_.table_size;
        t.bold = true;
        t.justify = false;
        t.line_height = 1.2;
        break;
    case Role::Mono:
        t.family = style_.mono_font;
        t.size = style_.body_size * 0.9;
        t.justify = false;
        break;
    }
    return t;
}

TextBlock FlowBuilder::block(RichText text, Role role, double width) const {
    return TextBlock(context_, std::move(text), text_style(role), width);
}

TextBlock FlowBuilder::block(std::string_view text, Role role, double width) const {
    RichText rich;
    rich.add(text);
    return block(std::move(rich), role, width);
}

TextBlock FlowBuilder::label_block(std::string_view text, Role role, double width) const {
    return block(std::string(text) + " ", role, width);
}

std::string FlowBuilder::word(std::string_view key) const {
    return style_.templates.word(key);
}

std::string FlowBuilder::status_word(const std::string& status, const char* what) const {
    std::string key = "statuses." + status + "." + what;
    if (style_.templates.wording.count(key)) return word(key);
    if (std::string(what) == "label") return status;
    return word(std::string("statuses.other.") + what);
}

std::string FlowBuilder::fill(const std::string& tmpl, const Document& doc,
                              const std::map<std::string, std::string>& more) const {
    const Metadata& meta = doc.metadata;
    kainjow::mustache::data data;
    auto set = [&](const std::string& key, const std::string& value) {
        if (!value.empty()) data.set(key, value);
    };
    std::string status = meta.status.empty() ? std::string("draft") : meta.status;
    set("title", render::page_title(doc, style_.templates));
    set("council", meta.council);
    set("part", meta.part);
    set("version", meta.version);
    set("status", status);
    set("status_label", status_word(status, "label"));
    set("date", render::format_date(meta.date));
    set("meeting", meta.meeting);
    for (const auto& [k, v] : more)
        set(k, v);
    kainjow::mustache::mustache m(tmpl);
    m.set_custom_escape([](const std::string& s) { return s; });
    return m.render(data);
}

void FlowBuilder::title_block(const Document& doc) {
    const Metadata& meta = doc.metadata;
    // The council's logo at the top right, the council's name and part beside it.
    double logo_height = 0;
    if (!style_.logo_png.empty()) {
        ImageItem logo;
        logo.picture = decode_png(style_.logo_png, style_.logo_path);
        double aspect = static_cast<double>(picture_width(logo.picture)) /
                        static_cast<double>(picture_height(logo.picture));
        logo.height = kLogoHeight;
        logo.width = std::min(kLogoHeight * aspect, width_ / 3);
        logo.height = logo.width / aspect;
        logo.x = width_ - logo.width;
        logo_height = logo.height;
        flow_.image(std::move(logo));
    }
    double beside = 0; // the height of the lines beside the logo
    double beside_width = logo_height > 0 ? width_ - flow_.images.back().width - 12 : width_;
    if (!meta.council.empty()) {
        TextItem t(block(meta.council, Role::Council, beside_width));
        t.tag = "P";
        beside += t.body.height();
        flow_.text(std::move(t));
    }
    if (!meta.part.empty()) {
        TextItem t(block(word("constitution") + " " + meta.part, Role::Council, beside_width));
        t.tag = "P";
        beside += t.body.height();
        flow_.text(std::move(t));
    }
    TextItem title(block(render::page_title(doc, style_.templates), Role::Title, width_));
    title.tag = "H1";
    title.space_before = std::max(8.0, logo_height + 8 - beside);
    title.space_after = 14;
    title.rule_below = style_.banner_rule;
    title.keep_with_next = true;
    flow_.text(std::move(title));

    // The version banner: one shaded box.
    std::string status = meta.status.empty() ? std::string("draft") : meta.status;
    RowItem banner;
    banner.borders = false;
    banner.tag.clear();
    banner.padding = 8;
    banner.space_before = 6;
    banner.space_after = 16;
    banner.left_rule = style_.banner_rule;
    Cell cell;
    cell.x = 0;
    cell.width = width_;
    cell.background = style_.banner;
    double inner = width_ - 2 * banner.padding - 6;
    auto add = [&](RichText text, Role role, double before) {
        CellText t(block(std::move(text), role, inner));
        t.x = 6;
        t.space_before = before;
        t.opens = {"P"};
        t.closes = 1;
        cell.texts.push_back(std::move(t));
    };
    if (meta.status != "adopted") {
        RichText mark;
        mark.add(word("draft_mark"), Face::Bold);
        add(std::move(mark), Role::Body, 0);
    }
    RichText facts;
    auto fact = [&](const std::string& label, const std::string& value) {
        if (value.empty()) return;
        if (!facts.text.empty()) facts.add("     ");
        facts.add(label + ": ", Face::Bold);
        facts.add(value);
    };
    fact(word("version"), meta.version);
    fact(word("status"), status_word(status, "label"));
    fact(word("date"), render::format_date(meta.date));
    fact(word("meeting"), meta.meeting);
    add(std::move(facts), Role::Body, cell.texts.empty() ? 0 : 3);
    RichText banner_text;
    banner_text.add(fill(status_word(status, "banner"), doc));
    add(std::move(banner_text), Role::Body, 3);
    banner.cells.push_back(std::move(cell));
    flow_.row(std::move(banner));
}

void FlowBuilder::section_heading(const std::string& title, const std::string& destination) {
    TextItem heading(block(title, Role::H2, width_));
    heading.tag = "H2";
    heading.keep_with_next = true;
    heading.space_before = style_.heading_space;
    heading.space_after = 6;
    FlowEntry& e = flow_.text(std::move(heading));
    e.destinations = {destination};
    e.outline = title;
    e.outline_level = 1;
}

void FlowBuilder::contents(const std::vector<ContentsEntry>& entries,
                           const std::map<std::string, std::string>& pages, bool with_control) {
    section_heading(word("contents"), "contents");
    flow_.open("TOC");
    std::vector<ContentsEntry> all = entries;
    if (with_control) all.push_back({"", word("document_control"), "document-control", 0});
    double number_width = 28;
    for (const ContentsEntry& c : all) {
        double indent = c.depth * 18.0;
        // An unnumbered top-level entry (an appendix, document control) starts at the margin;
        // an unnumbered entry inside a section (a "Quick Guide") lines up with the titles of
        // its numbered neighbours, as in the HTML contents.
        double label_width = c.label.empty() && c.depth == 0 ? 0 : (c.depth == 0 ? 24.0 : 28.0);
        auto it = pages.find(c.destination);
        std::string page = it == pages.end() ? std::string("0") : it->second;
        Role role = c.depth == 0 ? Role::Body : Role::Small;
        RichText title;
        title.add(c.title, c.depth == 0 ? Face::Bold : Face::Regular);
        TextItem t(block(std::move(title), role, width_ - indent - label_width - number_width));
        if (!c.label.empty()) {
            t.label = label_block(c.label, role, label_width);
            t.label_x = indent;
        }
        t.x = indent + label_width;
        // A space before the number, so that extracted text reads "Introduction 2", not
        // "Introduction2"; the number stays right-aligned.
        t.trailing = block(" " + page, role, number_width);
        t.link = dest_link(c.destination);
        t.tag = "TOCI";
        t.unbreakable = true;
        t.space_before = c.depth == 0 ? 4 : 1;
        flow_.text(std::move(t));
    }
    flow_.close();
}

void FlowBuilder::document_control(const Document& doc) {
    const Metadata& meta = doc.metadata;
    if (meta.history.empty()) return;
    flow_.open("Sect");
    section_heading(word("document_control"), "document-control");
    std::vector<double> shares{0.12, 0.2, 0.18, 0.2, 0.3};
    auto make_row = [&](const std::vector<std::string>& values, bool header) {
        RowItem row;
        row.header = header;
        double x = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            Cell c;
            c.x = x;
            c.width = width_ * shares[i];
            x += c.width;
            c.tag = header ? "TH" : (i == 0 ? "TH" : "TD");
            if (header) c.background = style_.table_header;
            c.texts.emplace_back(block(values[i], header ? Role::TableHead : Role::Table,
                                       c.width - 2 * kCellPadding));
            row.cells.push_back(std::move(c));
        }
        return row;
    };
    flow_.open("Table");
    int header = flow_.row(
        make_row({word("version"), word("date"), word("status"), word("by"), word("note")}, true));
    for (const HistoryEntry& h : meta.history) {
        RowItem row = make_row(
            {h.version, render::format_date(h.date), status_word(h.status, "label"), h.by, h.note},
            false);
        row.repeat_header = header;
        flow_.row(std::move(row));
    }
    flow_.close();
    flow_.close();
}

void FlowBuilder::blocks(InlineText& inlines, UnitIndex unit, const std::vector<Block>& items,
                         double x, int heading_level, std::size_t first) {
    for (std::size_t i = first; i < items.size(); ++i) {
        const Block& b = items[i];
        switch (b.kind) {
        case BlockKind::Paragraph: {
            RichText text;
            inlines.append(text, unit, b.inlines);
            TextItem t(block(std::move(text), Role::Body, width_ - x));
            t.x = x;
            t.tag = "P";
            t.space_after = style_.paragraph_space;
            flow_.text(std::move(t));
            break;
        }
        case BlockKind::Heading: {
            int level = std::clamp(heading_level, 2, 6);
            RichText text;
            inlines.append(text, unit, b.inlines);
            TextItem t(block(std::move(text), level <= 2 ? Role::H2 : Role::H3, width_ - x));
            t.x = x;
            t.tag = std::string("H") + std::to_string(level);
            t.keep_with_next = true;
            t.space_before = style_.heading_space * 0.6;
            t.space_after = 4;
            flow_.text(std::move(t));
            break;
        }
        case BlockKind::BulletList:
        case BlockKind::OrderedList:
            list(inlines, unit, b, x, 0);
            break;
        case BlockKind::ListItem:
            blocks(inlines, unit, b.children, x, heading_level);
            break;
        case BlockKind::Table:
            table(inlines, unit, b, x);
            break;
        case BlockKind::Quote:
            flow_.open("BlockQuote");
            blocks(inlines, unit, b.children, x + kListIndent, heading_level);
            flow_.close();
            break;
        case BlockKind::Code: {
            TextItem t(block(b.text, Role::Mono, width_ - x));
            t.x = x;
            t.tag = "P";
            t.space_after = style_.paragraph_space;
            flow_.text(std::move(t));
            break;
        }
        case BlockKind::RawHtml: {
            std::string words = render::strip_markup(b.text);
            if (words.empty()) break;
            TextItem t(block(words, Role::Body, width_ - x));
            t.x = x;
            t.tag = "P";
            t.space_after = style_.paragraph_space;
            flow_.text(std::move(t));
            break;
        }
        case BlockKind::Rule:
            break;
        }
    }
}

void FlowBuilder::list(InlineText& inlines, UnitIndex unit, const Block& b, double x, int level) {
    flow_.open("L");
    int number = b.start;
    for (const Block& item : b.children) {
        flow_.open("LI");
        std::string label =
            b.kind == BlockKind::OrderedList ? std::to_string(number++) + "." : bullet_for(level);
        RichText first;
        std::size_t rest = 0;
        if (!item.children.empty() && item.children.front().kind == BlockKind::Paragraph) {
            inlines.append(first, unit, item.children.front().inlines);
            rest = 1;
        }
        double body_x = x + kListIndent + (b.kind == BlockKind::OrderedList ? 6 : 0);
        TextItem t(block(std::move(first), Role::Body, width_ - body_x));
        t.label = label_block(label, Role::Body, body_x - x);
        t.label_x = x + (b.kind == BlockKind::OrderedList ? 0 : 4);
        t.x = body_x;
        t.label_tag = "Lbl";
        t.body_tag = "LBody";
        t.body_tag_stays_open = true;
        t.space_after = b.tight ? 2 : style_.paragraph_space;
        flow_.text(std::move(t));
        for (std::size_t i = rest; i < item.children.size(); ++i) {
            const Block& child = item.children[i];
            if (child.kind == BlockKind::BulletList || child.kind == BlockKind::OrderedList)
                list(inlines, unit, child, body_x, level + 1);
            else
                blocks(inlines, unit, std::vector<Block>{child}, body_x, 4);
        }
        flow_.close(); // LBody
        flow_.close(); // LI
    }
    flow_.close();
    if (!flow_.texts.empty() && level == 0) flow_.texts.back().space_after = style_.paragraph_space;
}

void FlowBuilder::table(InlineText& inlines, UnitIndex unit, const Block& b, double x) {
    if (b.rows.empty()) return;
    std::size_t columns = 0;
    for (const TableRow& r : b.rows)
        columns = std::max(columns, r.cells.size());
    if (columns == 0) return;
    // Column widths in proportion to the longest text in each, within bounds.
    std::vector<double> weight(columns, 1);
    for (const TableRow& r : b.rows)
        for (std::size_t c = 0; c < r.cells.size(); ++c)
            weight[c] =
                std::max(weight[c],
                         std::sqrt(static_cast<double>(plain_text(r.cells[c].inlines).size() + 4)));
    // No column more than four times as wide as the narrowest, so that one long cell does not
    // squeeze the others until their words break.
    double narrowest = *std::min_element(weight.begin(), weight.end());
    double total = 0;
    for (double& w : weight) {
        w = std::min(w, 4 * narrowest);
        total += w;
    }
    double available = width_ - x;
    flow_.open("Table");
    int header = -1;
    for (std::size_t r = 0; r < b.rows.size(); ++r) {
        bool is_header = b.header && r == 0;
        RowItem row;
        row.header = is_header;
        row.repeat_header = is_header ? -1 : header;
        double cx = x;
        for (std::size_t c = 0; c < columns; ++c) {
            Cell cell;
            cell.x = cx;
            cell.width = available * weight[c] / total;
            cx += cell.width;
            cell.tag = std::string(is_header ? "TH" : "TD");
            if (is_header) cell.background = style_.table_header;
            RichText text;
            if (c < b.rows[r].cells.size())
                inlines.append(text, unit, b.rows[r].cells[c].inlines,
                               is_header ? Face::Bold : Face::Regular);
            cell.texts.emplace_back(
                block(std::move(text), Role::Table, cell.width - 2 * kCellPadding));
            row.cells.push_back(std::move(cell));
        }
        if (r + 1 == b.rows.size()) row.space_after = style_.paragraph_space + 2;
        int index = flow_.row(std::move(row));
        if (is_header) header = index;
    }
    flow_.close();
}

} // namespace clerk::pdf

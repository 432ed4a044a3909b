#include "render/content_html.hpp"

#include "model/ascii.hpp"
#include "model/plain_text.hpp"
#include "render/anchors.hpp"
#include "render/inline_walk.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::render {

namespace {

// How a run's inlines become HTML: emphasis, strong and links as elements, references and
// terms as the overlays say.
class HtmlInlines : public InlineVisitor {
  public:
    HtmlInlines(HtmlWriter& out, std::function<void(std::string_view, const Overlay&)> overlay)
        : out_(out), overlay_(std::move(overlay)) {}
    void text(std::string_view words, bool code) override {
        if (code)
            out_.element("code", {}, words);
        else
            out_.text(words);
    }
    void overlay(std::string_view words, const Overlay& o) override { overlay_(words, o); }
    void line_break(bool hard) override {
        if (hard)
            out_.empty("br");
        else
            out_.text("\n");
    }
    void open(const Inline& in) override {
        if (in.kind == InlineKind::Link)
            out_.open("a", {{"href", in.url}});
        else
            out_.open(in.kind == InlineKind::Strong ? "strong" : "em");
    }
    void close(const Inline& in) override {
        out_.close(in.kind == InlineKind::Link     ? "a"
                   : in.kind == InlineKind::Strong ? "strong"
                                                   : "em");
    }

  private:
    HtmlWriter& out_;
    std::function<void(std::string_view, const Overlay&)> overlay_;
};

} // namespace

std::string strip_markup(std::string_view html) {
    std::string out;
    std::size_t i = 0;
    while (i < html.size()) {
        if (html.compare(i, 4, "<!--") == 0) {
            std::size_t end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        if (html[i] == '<') {
            for (std::string_view skipped : {"script", "style"}) {
                if (starts_with_tag(html.substr(i), skipped)) {
                    std::string closing = "</" + std::string(skipped);
                    std::size_t end = ascii_lower(html).find(closing, i);
                    i = end == std::string::npos ? html.size() : end;
                    break;
                }
            }
            if (i >= html.size()) break;
            std::size_t end = html.find('>', i);
            i = end == std::string_view::npos ? html.size() : end + 1;
            out += ' ';
            continue;
        }
        out += html[i++];
    }
    // Collapse whitespace.
    std::string collapsed;
    for (char c : out) {
        bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (space) {
            if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
        } else {
            collapsed += c;
        }
    }
    while (!collapsed.empty() && collapsed.back() == ' ')
        collapsed.pop_back();
    return collapsed;
}

ContentRenderer::ContentRenderer(const Document& doc, const Links& links,
                                 const Templates& templates,
                                 const std::vector<std::string>& anchors, TargetHref target_href)
    : doc_(doc), links_(links), templates_(templates), anchors_(anchors),
      overlays_(doc, links, std::move(target_href)) {}

std::string ContentRenderer::href(UnitIndex unit) const {
    return "#" + anchors_[static_cast<std::size_t>(unit)];
}

void ContentRenderer::emit_overlay(HtmlWriter& out, std::string_view text, const Overlay& o) {
    switch (o.kind) {
    case Overlay::Kind::Reference:
        out.element("a", {{"class", "ref"}, {"href", o.link}}, text);
        break;
    case Overlay::Kind::Definition:
        out.element("dfn", {}, text);
        break;
    case Overlay::Kind::Term: {
        std::string tip = "tip-" + std::to_string(++tooltips_);
        out.open("span", {{"class", "term"}});
        out.element(
            "a", {{"class", "term-link"}, {"href", href(o.defined_in)}, {"aria-describedby", tip}},
            text);
        out.element("span", {{"class", "tip"}, {"role", "tooltip"}, {"id", tip}},
                    overlays_.terms()[o.term].definition);
        out.close("span");
        break;
    }
    }
}

void ContentRenderer::inlines(HtmlWriter& out, UnitIndex unit, const std::vector<Inline>& inlines) {
    HtmlInlines visitor(
        out, [&](std::string_view words, const Overlay& o) { emit_overlay(out, words, o); });
    walk_inlines(inlines, overlays_.find(unit, inlines), visitor);
}

void ContentRenderer::block(HtmlWriter& out, UnitIndex unit, const Block& b, int heading_level,
                            bool tight) {
    switch (b.kind) {
    case BlockKind::Paragraph:
        if (tight) {
            inlines(out, unit, b.inlines);
        } else {
            out.open("p");
            inlines(out, unit, b.inlines);
            out.close("p").newline();
        }
        break;
    case BlockKind::Heading: {
        std::string tag(1, 'h');
        tag += std::to_string(std::clamp(heading_level, 2, 6));
        out.open(tag, {{"class", "subheading"}});
        inlines(out, unit, b.inlines);
        out.close(tag).newline();
        break;
    }
    case BlockKind::BulletList:
    case BlockKind::OrderedList: {
        std::string_view tag = b.kind == BlockKind::BulletList ? "ul" : "ol";
        std::string start = std::to_string(b.start);
        if (b.kind == BlockKind::OrderedList && b.start != 1)
            out.open(tag, {{"start", start}});
        else
            out.open(tag);
        out.newline();
        for (const Block& item : b.children) {
            out.open("li");
            for (std::size_t i = 0; i < item.children.size(); ++i)
                block(out, unit, item.children[i], heading_level + 1,
                      b.tight && item.children[i].kind == BlockKind::Paragraph);
            out.close("li").newline();
        }
        out.close(tag).newline();
        break;
    }
    case BlockKind::ListItem:
        for (const Block& child : b.children)
            block(out, unit, child, heading_level, false);
        break;
    case BlockKind::Table: {
        out.open("div", {{"class", "table-wrap"}}).newline().open("table").newline();
        std::size_t first_body = 0;
        if (b.header && !b.rows.empty()) {
            out.open("thead").open("tr");
            for (const TableCell& cell : b.rows.front().cells) {
                out.open("th", {{"scope", "col"}});
                inlines(out, unit, cell.inlines);
                out.close("th");
            }
            out.close("tr").close("thead").newline();
            first_body = 1;
        }
        out.open("tbody").newline();
        for (std::size_t r = first_body; r < b.rows.size(); ++r) {
            out.open("tr");
            for (const TableCell& cell : b.rows[r].cells) {
                out.open("td");
                inlines(out, unit, cell.inlines);
                out.close("td");
            }
            out.close("tr").newline();
        }
        out.close("tbody").newline().close("table").newline().close("div").newline();
        break;
    }
    case BlockKind::Quote:
        out.open("blockquote").newline();
        for (const Block& child : b.children)
            block(out, unit, child, heading_level, false);
        out.close("blockquote").newline();
        break;
    case BlockKind::Code:
        out.open("pre").element("code", {}, b.text).close("pre").newline();
        break;
    case BlockKind::RawHtml: {
        std::string words = strip_markup(b.text);
        if (!words.empty()) out.element("p", {}, words).newline();
        break;
    }
    case BlockKind::Rule:
        out.empty("hr").newline();
        break;
    }
}

void ContentRenderer::blocks(HtmlWriter& out, UnitIndex unit, const std::vector<Block>& list,
                             int heading_level, std::size_t first) {
    for (std::size_t i = first; i < list.size(); ++i)
        block(out, unit, list[i], heading_level, false);
}

void ContentRenderer::cross_links(HtmlWriter& out, UnitIndex unit) {
    std::vector<UnitIndex> referrers;
    for (int r : links_.backlinks[static_cast<std::size_t>(unit)]) {
        UnitIndex from = links_.references[static_cast<std::size_t>(r)].from;
        if (from != unit && from != kNoUnit &&
            std::find(referrers.begin(), referrers.end(), from) == referrers.end())
            referrers.push_back(from);
    }
    std::vector<UnitIndex> parallels;
    for (UnitIndex p : links_.parallels_of(unit))
        if (std::find(parallels.begin(), parallels.end(), p) == parallels.end())
            parallels.push_back(p);
    if (referrers.empty() && parallels.empty()) return;
    auto line = [&](const std::string& label, const std::vector<UnitIndex>& units,
                    std::string_view kind) {
        if (units.empty()) return;
        out.open("p", {{"class", std::string("xref ") + std::string(kind)}});
        out.element("span", {{"class", "xref-label"}}, label).text(" ");
        for (std::size_t i = 0; i < units.size(); ++i) {
            if (i > 0) out.text(", ");
            out.element("a", {{"href", href(units[i])}},
                        unit_label(doc_.units[static_cast<std::size_t>(units[i])]));
        }
        out.close("p").newline();
    };
    line(templates_.word("referred_to_in"), referrers, "backlinks");
    line(templates_.word("also_stated_in"), parallels, "parallels");
}

} // namespace clerk::render

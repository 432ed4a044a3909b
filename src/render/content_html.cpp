#include "render/content_html.hpp"

#include "model/ascii.hpp"
#include "model/plain_text.hpp"
#include "render/anchors.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::render {

namespace {

bool starts_with_tag(std::string_view html, std::string_view name) {
    std::string l = ascii_lower(html.substr(0, name.size() + 2));
    std::string open(1, '<');
    open += name;
    return l.rfind(open, 0) == 0 &&
           (l.size() <= name.size() + 1 || !std::isalnum(static_cast<unsigned char>(l.back())));
}

// The offset in `text` of a source position, or npos when the run does not hold it.
std::size_t offset_of(const PlainText& text, SourcePos pos) {
    for (std::size_t i = 0; i < text.anchors.size(); ++i) {
        const auto& a = text.anchors[i];
        std::size_t next =
            i + 1 < text.anchors.size() ? text.anchors[i + 1].offset : text.text.size();
        if (!a.pos.known() || a.pos.line != pos.line || pos.column < a.pos.column) continue;
        std::size_t delta = pos.column - a.pos.column;
        if (delta < next - a.offset) return a.offset + delta;
    }
    return std::string::npos;
}

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

/// A stretch of a run's plain text rendered as a link or a defining instance.
struct ContentRenderer::Overlay {
    enum class Kind { Reference, Term, Definition };
    std::size_t begin;
    std::size_t end;
    Kind kind;
    std::string href;
    std::size_t term = 0; ///< Term: index into terms_
};

/// Where a walk over inlines is.
struct ContentRenderer::Walk {
    std::size_t offset = 0; ///< into the run's plain text
    bool in_link = false;   ///< inside a Markdown link: no links inside links
    bool in_script = false; ///< inside raw <script> or <style>: its text is dropped
};

ContentRenderer::ContentRenderer(const Document& doc, const Links& links,
                                 const Templates& templates,
                                 const std::vector<std::string>& anchors, TargetHref target_href)
    : doc_(doc), links_(links), templates_(templates), anchors_(anchors),
      target_href_(std::move(target_href)), terms_(defined_terms(doc)),
      references_of_(doc.units.size()), terms_linked_(doc.units.size()) {
    for (std::size_t i = 0; i < links.references.size(); ++i) {
        UnitIndex from = links.references[i].from;
        if (from >= 0 && static_cast<std::size_t>(from) < doc.units.size())
            references_of_[static_cast<std::size_t>(from)].push_back(static_cast<int>(i));
    }
}

std::string ContentRenderer::href(UnitIndex unit) const {
    return "#" + anchors_[static_cast<std::size_t>(unit)];
}

std::vector<ContentRenderer::Overlay>
ContentRenderer::overlays(UnitIndex unit, const std::vector<Inline>& inlines) {
    std::vector<Overlay> out;
    PlainText text = positioned_text(inlines);
    auto add = [&](SourceSpan span, std::string href) {
        std::size_t begin = offset_of(text, span.begin);
        std::size_t last = offset_of(text, span.end);
        if (begin == std::string::npos || last == std::string::npos || last < begin) return;
        out.push_back({begin, last + 1, Overlay::Kind::Reference, std::move(href)});
    };
    for (int r : references_of_[static_cast<std::size_t>(unit)]) {
        const Reference& ref = links_.references[static_cast<std::size_t>(r)];
        if (ref.kind != ReferenceKind::Internal || ref.targets.empty()) continue;
        if (ref.targets.size() == 1) {
            std::string h = target_href_(ref.targets.front());
            if (!h.empty()) add(ref.span, std::move(h));
            continue;
        }
        for (const ReferenceTarget& target : ref.targets) {
            std::string h = target_href_(target);
            if (!h.empty()) add(target.span, std::move(h));
        }
    }
    // A term is linked once per section (its first use there), so that the page is not a
    // thicket of links to the same few definitions.
    UnitIndex scope = unit;
    while (scope != kNoUnit &&
           doc_.units[static_cast<std::size_t>(scope)].kind == UnitKind::Clause &&
           doc_.units[static_cast<std::size_t>(scope)].parent != kNoUnit)
        scope = doc_.units[static_cast<std::size_t>(scope)].parent;
    auto& linked = terms_linked_[static_cast<std::size_t>(scope)];
    for (const TermHit& hit : find_terms(text.text, terms_)) {
        bool taken = std::any_of(out.begin(), out.end(), [&](const Overlay& o) {
            return hit.begin < o.end && o.begin < hit.end;
        });
        if (taken || linked.count(hit.entry)) continue;
        linked.insert(hit.entry);
        const TermEntry& entry = terms_[hit.entry];
        if (entry.unit == unit)
            out.push_back({hit.begin, hit.end, Overlay::Kind::Definition, {}, hit.entry});
        else
            out.push_back({hit.begin, hit.end, Overlay::Kind::Term, href(entry.unit), hit.entry});
    }
    std::sort(out.begin(), out.end(),
              [](const Overlay& a, const Overlay& b) { return a.begin < b.begin; });
    return out;
}

void ContentRenderer::emit_overlay(HtmlWriter& out, std::string_view text, const Overlay& o) {
    switch (o.kind) {
    case Overlay::Kind::Reference:
        out.element("a", {{"class", "ref"}, {"href", o.href}}, text);
        break;
    case Overlay::Kind::Definition:
        out.element("dfn", {}, text);
        break;
    case Overlay::Kind::Term: {
        std::string tip = "tip-" + std::to_string(++tooltips_);
        out.open("span", {{"class", "term"}});
        out.element("a", {{"class", "term-link"}, {"href", o.href}, {"aria-describedby", tip}},
                    text);
        out.element("span", {{"class", "tip"}, {"role", "tooltip"}, {"id", tip}},
                    terms_[o.term].definition);
        out.close("span");
        break;
    }
    }
}

void ContentRenderer::emit_text(HtmlWriter& out, std::string_view text, std::size_t offset,
                                const std::vector<Overlay>& overlays, const Walk& state) {
    std::size_t end = offset + text.size();
    std::size_t at = offset;
    if (!state.in_link) {
        for (const Overlay& o : overlays) {
            if (o.end <= at || o.begin >= end) continue;
            // A term is linked only when one run of text holds all of it; a reference that
            // crosses markup is linked piece by piece.
            bool whole = o.begin >= offset && o.end <= end;
            if (o.kind != Overlay::Kind::Reference && !whole) continue;
            std::size_t b = std::max(o.begin, at);
            std::size_t e = std::min(o.end, end);
            if (b > at) out.text(text.substr(at - offset, b - at));
            emit_overlay(out, text.substr(b - offset, e - b), o);
            at = e;
        }
    }
    if (at < end) out.text(text.substr(at - offset));
}

void ContentRenderer::walk(HtmlWriter& out, const std::vector<Inline>& inlines,
                           const std::vector<Overlay>& overlays, Walk& state) {
    for (const Inline& in : inlines) {
        switch (in.kind) {
        case InlineKind::Text:
            if (!state.in_script) emit_text(out, in.text, state.offset, overlays, state);
            state.offset += in.text.size();
            break;
        case InlineKind::Code:
            if (!state.in_script) out.element("code", {}, in.text);
            state.offset += in.text.size();
            break;
        case InlineKind::SoftBreak:
            out.text("\n");
            state.offset += 1;
            break;
        case InlineKind::LineBreak:
            out.empty("br");
            state.offset += 1;
            break;
        case InlineKind::RawHtml:
            // Markup is never passed through; the words between tags stay, except a
            // script's or a style sheet's.
            if (starts_with_tag(in.text, "script") || starts_with_tag(in.text, "style"))
                state.in_script = true;
            else if (ascii_lower(in.text).rfind("</script", 0) == 0 ||
                     ascii_lower(in.text).rfind("</style", 0) == 0)
                state.in_script = false;
            break;
        case InlineKind::Emphasis:
            out.open("em");
            walk(out, in.children, overlays, state);
            out.close("em");
            break;
        case InlineKind::Strong:
            out.open("strong");
            walk(out, in.children, overlays, state);
            out.close("strong");
            break;
        case InlineKind::Link:
            if (!state.in_link && is_safe_url(in.url)) {
                out.open("a", {{"href", in.url}});
                state.in_link = true;
                walk(out, in.children, overlays, state);
                state.in_link = false;
                out.close("a");
            } else {
                walk(out, in.children, overlays, state);
            }
            break;
        }
    }
}

void ContentRenderer::inlines(HtmlWriter& out, UnitIndex unit, const std::vector<Inline>& inlines) {
    std::vector<Overlay> found = unit == kNoUnit ? std::vector<Overlay>{} : overlays(unit, inlines);
    Walk state;
    walk(out, inlines, found, state);
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

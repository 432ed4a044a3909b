#include "pdf/inline_text.hpp"

#include "model/ascii.hpp"
#include "model/plain_text.hpp"
#include "render/html_writer.hpp"

#include <algorithm>

namespace clerk::pdf {

namespace {

std::string cairo_quoted(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
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

Face combine(Face a, Face b) {
    bool bold =
        a == Face::Bold || a == Face::BoldItalic || b == Face::Bold || b == Face::BoldItalic;
    bool italic =
        a == Face::Italic || a == Face::BoldItalic || b == Face::Italic || b == Face::BoldItalic;
    if (a == Face::Mono || b == Face::Mono) return Face::Mono;
    if (bold && italic) return Face::BoldItalic;
    if (bold) return Face::Bold;
    if (italic) return Face::Italic;
    return Face::Regular;
}

bool opens_tag(std::string_view html, std::string_view name) {
    std::string lower = ascii_lower(html.substr(0, name.size() + 1));
    return lower == "<" + std::string(name);
}

} // namespace

std::string dest_link(std::string_view name) {
    return std::string("dest=") + cairo_quoted(name);
}

std::string uri_link(std::string_view uri) {
    return std::string("uri=") + cairo_quoted(uri);
}

std::string file_link(std::string_view file, std::string_view dest) {
    // cairo 1.16 cannot finish a file= link; finish_pdf() turns this URI into a GoToR action.
    std::string uri(file);
    uri += '#';
    uri += dest;
    return uri_link(uri);
}

InlineText::InlineText(const Document& doc, const Links& links,
                       const std::vector<std::string>& anchors, TargetLink target_link)
    : doc_(doc), links_(links), anchors_(anchors), target_link_(std::move(target_link)),
      terms_(render::defined_terms(doc)), references_of_(doc.units.size()),
      terms_linked_(doc.units.size()) {
    for (std::size_t i = 0; i < links.references.size(); ++i) {
        UnitIndex from = links.references[i].from;
        if (from >= 0 && static_cast<std::size_t>(from) < doc.units.size())
            references_of_[static_cast<std::size_t>(from)].push_back(static_cast<int>(i));
    }
}

std::string InlineText::unit_link(UnitIndex unit) const {
    return dest_link(anchors_[static_cast<std::size_t>(unit)]);
}

std::vector<InlineText::Overlay> InlineText::overlays(UnitIndex unit,
                                                      const std::vector<Inline>& inlines) {
    std::vector<Overlay> out;
    PlainText text = positioned_text(inlines);
    auto add = [&](SourceSpan span, std::string link) {
        std::size_t begin = offset_of(text, span.begin);
        std::size_t last = offset_of(text, span.end);
        if (begin == std::string::npos || last == std::string::npos || last < begin) return;
        out.push_back({begin, last + 1, std::move(link)});
    };
    for (int r : references_of_[static_cast<std::size_t>(unit)]) {
        const Reference& ref = links_.references[static_cast<std::size_t>(r)];
        if (ref.kind != ReferenceKind::Internal || ref.targets.empty()) continue;
        if (ref.targets.size() == 1) {
            std::string l = target_link_(ref.targets.front());
            if (!l.empty()) add(ref.span, std::move(l));
            continue;
        }
        for (const ReferenceTarget& target : ref.targets) {
            std::string l = target_link_(target);
            if (!l.empty()) add(target.span, std::move(l));
        }
    }
    // A term is linked once per section, its first use there, as on the HTML page.
    UnitIndex scope = unit;
    while (scope != kNoUnit &&
           doc_.units[static_cast<std::size_t>(scope)].kind == UnitKind::Clause &&
           doc_.units[static_cast<std::size_t>(scope)].parent != kNoUnit)
        scope = doc_.units[static_cast<std::size_t>(scope)].parent;
    auto& linked = terms_linked_[static_cast<std::size_t>(scope)];
    for (const render::TermHit& hit : render::find_terms(text.text, terms_)) {
        bool taken = std::any_of(out.begin(), out.end(), [&](const Overlay& o) {
            return hit.begin < o.end && o.begin < hit.end;
        });
        if (taken || linked.count(hit.entry)) continue;
        linked.insert(hit.entry);
        const render::TermEntry& entry = terms_[hit.entry];
        if (entry.unit != unit) out.push_back({hit.begin, hit.end, unit_link(entry.unit)});
    }
    std::sort(out.begin(), out.end(),
              [](const Overlay& a, const Overlay& b) { return a.begin < b.begin; });
    return out;
}

void InlineText::walk(RichText& out, const std::vector<Inline>& inlines,
                      const std::vector<Overlay>& overlays, std::size_t& offset, Face face,
                      bool in_link, bool& in_script) {
    for (const Inline& in : inlines) {
        switch (in.kind) {
        case InlineKind::Text:
        case InlineKind::Code: {
            Face f = in.kind == InlineKind::Code ? combine(face, Face::Mono) : face;
            std::size_t begin = offset, end = offset + in.text.size();
            offset = end;
            if (in_script) break;
            std::size_t at = begin;
            if (!in_link) {
                for (const Overlay& o : overlays) {
                    if (o.end <= at || o.begin >= end) continue;
                    std::size_t b = std::max(o.begin, at), e = std::min(o.end, end);
                    if (b > at) out.add(std::string_view(in.text).substr(at - begin, b - at), f);
                    out.add_link(std::string_view(in.text).substr(b - begin, e - b), o.link, f);
                    at = e;
                }
            }
            if (at < end) out.add(std::string_view(in.text).substr(at - begin), f);
            break;
        }
        case InlineKind::SoftBreak:
            out.add(" ");
            offset += 1;
            break;
        case InlineKind::LineBreak:
            out.add("\xe2\x80\xa8"); // LINE SEPARATOR: a break inside the paragraph
            offset += 1;
            break;
        case InlineKind::RawHtml:
            if (opens_tag(in.text, "script") || opens_tag(in.text, "style"))
                in_script = true;
            else if (opens_tag(in.text, "/script") || opens_tag(in.text, "/style"))
                in_script = false;
            break;
        case InlineKind::Emphasis:
            walk(out, in.children, overlays, offset, combine(face, Face::Italic), in_link,
                 in_script);
            break;
        case InlineKind::Strong:
            walk(out, in.children, overlays, offset, combine(face, Face::Bold), in_link, in_script);
            break;
        case InlineKind::Link: {
            if (in_link || !render::is_safe_url(in.url)) {
                walk(out, in.children, overlays, offset, face, in_link, in_script);
                break;
            }
            std::string attrs;
            if (!in.url.empty() && in.url[0] == '#')
                attrs = dest_link(std::string_view(in.url).substr(1));
            else
                attrs = uri_link(in.url);
            RichText inner;
            walk(inner, in.children, overlays, offset, face, true, in_script);
            std::size_t base = out.text.size();
            out.text += inner.text;
            for (FaceSpan f : inner.faces)
                out.faces.push_back({f.begin + base, f.end + base, f.face});
            if (!inner.text.empty()) out.links.push_back({base, out.text.size(), attrs});
            break;
        }
        }
    }
}

void InlineText::append(RichText& out, UnitIndex unit, const std::vector<Inline>& inlines,
                        Face base) {
    std::vector<Overlay> found = unit == kNoUnit ? std::vector<Overlay>{} : overlays(unit, inlines);
    std::size_t offset = 0;
    bool in_script = false;
    walk(out, inlines, found, offset, base, false, in_script);
}

} // namespace clerk::pdf

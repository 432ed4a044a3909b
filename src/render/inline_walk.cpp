#include "render/inline_walk.hpp"

#include "model/ascii.hpp"
#include "model/plain_text.hpp"
#include "render/html_writer.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::render {

namespace {

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

struct Walk {
    const std::vector<Overlay>& overlays;
    InlineVisitor& visitor;
    std::size_t offset = 0; ///< into the run's plain text
    bool in_link = false;   ///< inside a Markdown link: no links inside links
    bool in_script = false; ///< inside raw <script> or <style>: its text is dropped

    void text(std::string_view words) {
        std::size_t begin = offset, end = offset + words.size();
        std::size_t at = begin;
        if (!in_link) {
            for (const Overlay& o : overlays) {
                if (o.end <= at || o.begin >= end) continue;
                // A term is linked only when one run of text holds all of it; a reference
                // that crosses markup is linked piece by piece.
                bool whole = o.begin >= begin && o.end <= end;
                if (o.kind != Overlay::Kind::Reference && !whole) continue;
                std::size_t b = std::max(o.begin, at), e = std::min(o.end, end);
                if (b > at) visitor.text(words.substr(at - begin, b - at), false);
                visitor.overlay(words.substr(b - begin, e - b), o);
                at = e;
            }
        }
        if (at < end) visitor.text(words.substr(at - begin), false);
    }

    void run(const std::vector<Inline>& inlines) {
        for (const Inline& in : inlines) {
            switch (in.kind) {
            case InlineKind::Text:
                if (!in_script) text(in.text);
                offset += in.text.size();
                break;
            case InlineKind::Code:
                if (!in_script) visitor.text(in.text, true);
                offset += in.text.size();
                break;
            case InlineKind::SoftBreak:
            case InlineKind::LineBreak:
                visitor.line_break(in.kind == InlineKind::LineBreak);
                offset += 1;
                break;
            case InlineKind::RawHtml:
                // Markup is never passed through; the words between tags stay, except a
                // script's or a style sheet's.
                if (starts_with_tag(in.text, "script") || starts_with_tag(in.text, "style"))
                    in_script = true;
                else if (ascii_lower(in.text).rfind("</script", 0) == 0 ||
                         ascii_lower(in.text).rfind("</style", 0) == 0)
                    in_script = false;
                break;
            case InlineKind::Emphasis:
            case InlineKind::Strong:
                visitor.open(in);
                run(in.children);
                visitor.close(in);
                break;
            case InlineKind::Link:
                if (!in_link && is_safe_url(in.url)) {
                    visitor.open(in);
                    in_link = true;
                    run(in.children);
                    in_link = false;
                    visitor.close(in);
                } else {
                    run(in.children);
                }
                break;
            }
        }
    }
};

} // namespace

bool starts_with_tag(std::string_view html, std::string_view name) {
    std::string l = ascii_lower(html.substr(0, name.size() + 2));
    std::string open(1, '<');
    open += name;
    return l.rfind(open, 0) == 0 &&
           (l.size() <= name.size() + 1 || !std::isalnum(static_cast<unsigned char>(l.back())));
}

OverlayFinder::OverlayFinder(const Document& doc, const Links& links, TargetLink target_link)
    : doc_(doc), links_(links), target_link_(std::move(target_link)), terms_(defined_terms(doc)),
      references_of_(doc.units.size()), terms_linked_(doc.units.size()) {
    for (std::size_t i = 0; i < links.references.size(); ++i) {
        UnitIndex from = links.references[i].from;
        if (from >= 0 && static_cast<std::size_t>(from) < doc.units.size())
            references_of_[static_cast<std::size_t>(from)].push_back(static_cast<int>(i));
    }
}

std::vector<Overlay> OverlayFinder::find(UnitIndex unit, const std::vector<Inline>& inlines) {
    std::vector<Overlay> out;
    if (unit == kNoUnit || static_cast<std::size_t>(unit) >= doc_.units.size()) return out;
    PlainText text = positioned_text(inlines);
    auto add = [&](SourceSpan span, std::string link) {
        std::size_t begin = offset_of(text, span.begin);
        std::size_t last = offset_of(text, span.end);
        if (begin == std::string::npos || last == std::string::npos || last < begin) return;
        out.push_back({begin, last + 1, Overlay::Kind::Reference, std::move(link), 0, kNoUnit});
    };
    for (int r : references_of_[static_cast<std::size_t>(unit)]) {
        const Reference& ref = links_.references[static_cast<std::size_t>(r)];
        if (ref.kind != ReferenceKind::Internal || ref.targets.empty()) continue;
        if (ref.targets.size() == 1) {
            std::string link = target_link_(ref.targets.front());
            if (!link.empty()) add(ref.span, std::move(link));
            continue;
        }
        for (const ReferenceTarget& target : ref.targets) {
            std::string link = target_link_(target);
            if (!link.empty()) add(target.span, std::move(link));
        }
    }
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
        Overlay::Kind kind = entry.unit == unit ? Overlay::Kind::Definition : Overlay::Kind::Term;
        out.push_back({hit.begin, hit.end, kind, {}, hit.entry, entry.unit});
    }
    std::sort(out.begin(), out.end(),
              [](const Overlay& a, const Overlay& b) { return a.begin < b.begin; });
    return out;
}

void walk_inlines(const std::vector<Inline>& inlines, const std::vector<Overlay>& overlays,
                  InlineVisitor& visitor) {
    Walk walk{overlays, visitor};
    walk.run(inlines);
}

} // namespace clerk::render

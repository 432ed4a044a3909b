// A protocol page: the units in document order, sections as headings, clauses with their
// numbers in the margin.
#include "render/anchors.hpp"
#include "render/bodies.hpp"

#include <algorithm>

namespace clerk::render {

namespace {

bool is_heading_unit(const Unit& unit) {
    return unit.kind == UnitKind::Section || unit.kind == UnitKind::Appendix;
}

class ProtocolWriter {
  public:
    ProtocolWriter(const Document& doc, const Links& links, const Templates& templates)
        : doc_(doc), anchors_(unit_anchors(doc)),
          content_(doc, links, templates, anchors_, [this](const ReferenceTarget& t) {
              return t.unit == kNoUnit ? std::string{} : content_.href(t.unit);
          }) {}

    PageParts write() {
        for (UnitIndex root : doc_.roots)
            unit(root, 2);
        PageParts parts;
        parts.body = body_.str();
        for (UnitIndex root : doc_.roots)
            contents_item(root);
        parts.contents = contents_.str();
        return parts;
    }

  private:
    const Unit& at(UnitIndex u) const { return doc_.units[static_cast<std::size_t>(u)]; }

    // The unit's heading text: "Appendix 1 – The Nolan Principles", "Access to Information".
    void heading_text(HtmlWriter& out, UnitIndex u, bool linked) {
        const Unit& unit = at(u);
        std::string href = content_.href(u);
        bool numbered = !unit.number.empty() && !unit.explicit_id;
        if (numbered) {
            if (linked)
                out.element("a", {{"class", "num"}, {"href", href}}, unit.number);
            else
                out.element("span", {{"class", "num"}}, unit.number);
            out.text(" ");
            out.element("span", {{"class", "title"}}, unit.title);
        } else if (linked) {
            out.element("a", {{"class", "title self"}, {"href", href}}, unit.title);
        } else {
            out.element("span", {{"class", "title"}}, unit.title);
        }
    }

    void unit(UnitIndex u, int level) {
        const Unit& unit = at(u);
        const std::string& anchor = anchors_[static_cast<std::size_t>(u)];
        int sub_level = level;
        switch (unit.kind) {
        case UnitKind::Preamble:
            body_.open("div", {{"class", "preamble"}, {"id", anchor}}).newline();
            content_.blocks(body_, u, unit.blocks, level);
            break;
        case UnitKind::Section:
        case UnitKind::Appendix: {
            std::string tag(1, 'h');
            tag += std::to_string(std::min(level, 6));
            std::string css =
                std::string(unit.kind == UnitKind::Appendix ? "unit appendix" : "unit section") +
                " level-" + std::to_string(level);
            body_.open("section", {{"class", css}}).newline();
            body_.open(tag, {{"id", anchor}, {"tabindex", "-1"}});
            heading_text(body_, u, true);
            body_.close(tag).newline();
            content_.cross_links(body_, u);
            content_.blocks(body_, u, unit.blocks, level + 1);
            sub_level = level + 1;
            break;
        }
        case UnitKind::Clause:
            body_.open("div", {{"class", "clause"}, {"id", anchor}, {"tabindex", "-1"}});
            body_.element("a", {{"class", "num"}, {"href", content_.href(u)}}, unit.number);
            body_.open("div", {{"class", "clause-text"}}).newline();
            content_.blocks(body_, u, unit.blocks, level);
            content_.cross_links(body_, u);
            break;
        }
        for (UnitIndex child : unit.children)
            this->unit(child, sub_level);
        switch (unit.kind) {
        case UnitKind::Preamble:
            body_.close("div").newline();
            break;
        case UnitKind::Section:
        case UnitKind::Appendix:
            body_.close("section").newline();
            break;
        case UnitKind::Clause:
            body_.close("div").close("div").newline();
            break;
        }
    }

    void contents_item(UnitIndex u) {
        const Unit& unit = at(u);
        if (!is_heading_unit(unit)) return;
        contents_.open("li");
        contents_.open("a", {{"href", content_.href(u)}});
        heading_text(contents_, u, false);
        contents_.close("a");
        bool any = std::any_of(unit.children.begin(), unit.children.end(),
                               [&](UnitIndex c) { return is_heading_unit(at(c)); });
        if (any) {
            contents_.open("ol").newline();
            for (UnitIndex child : unit.children)
                contents_item(child);
            contents_.close("ol");
        }
        contents_.close("li").newline();
    }

    const Document& doc_;
    std::vector<std::string> anchors_;
    ContentRenderer content_;
    HtmlWriter body_;
    HtmlWriter contents_;
};

} // namespace

PageParts protocol_parts(const Document& doc, const Links& links, const Templates& templates) {
    return ProtocolWriter(doc, links, templates).write();
}

} // namespace clerk::render

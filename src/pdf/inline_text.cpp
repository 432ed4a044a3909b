#include "pdf/inline_text.hpp"

#include <algorithm>

namespace clerk::pdf {

namespace {

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

// How a run's inlines become rich text: emphasis and strong as faces, code in the mono face,
// overlays and safe Markdown links as links.
class RichInlines : public render::InlineVisitor {
  public:
    RichInlines(RichText& out, Face base, std::function<std::string(const render::Overlay&)> link)
        : out_(out), faces_{base}, link_(std::move(link)) {}
    void text(std::string_view words, bool code) override {
        out_.add(words, code ? combine(faces_.back(), Face::Mono) : faces_.back());
    }
    void overlay(std::string_view words, const render::Overlay& o) override {
        std::string link = link_(o);
        if (link.empty())
            out_.add(words, faces_.back());
        else
            out_.add_link(words, std::move(link), faces_.back());
    }
    void line_break(bool hard) override {
        out_.add(hard ? "\xe2\x80\xa8" : " "); // LINE SEPARATOR: a break inside the paragraph
    }
    void open(const Inline& in) override {
        if (in.kind == InlineKind::Link) {
            links_.push_back(out_.text.size());
            return;
        }
        faces_.push_back(
            combine(faces_.back(), in.kind == InlineKind::Strong ? Face::Bold : Face::Italic));
    }
    void close(const Inline& in) override {
        if (in.kind != InlineKind::Link) {
            faces_.pop_back();
            return;
        }
        std::size_t begin = links_.back();
        links_.pop_back();
        if (out_.text.size() == begin) return;
        std::string attrs = !in.url.empty() && in.url[0] == '#'
                                ? dest_link(std::string_view(in.url).substr(1))
                                : uri_link(in.url);
        out_.links.push_back({begin, out_.text.size(), std::move(attrs)});
    }

  private:
    RichText& out_;
    std::vector<Face> faces_;
    std::vector<std::size_t> links_; ///< where each open link began
    std::function<std::string(const render::Overlay&)> link_;
};

} // namespace

std::string cairo_quoted(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

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
    : anchors_(anchors), overlays_(doc, links, std::move(target_link)) {}

std::string InlineText::unit_link(UnitIndex unit) const {
    return dest_link(anchors_[static_cast<std::size_t>(unit)]);
}

void InlineText::append(RichText& out, UnitIndex unit, const std::vector<Inline>& inlines,
                        Face base) {
    RichInlines visitor(out, base, [this, unit](const render::Overlay& o) {
        if (o.kind == render::Overlay::Kind::Reference) return o.link;
        // A term leads to its definition; the definition itself is not a link.
        return o.kind == render::Overlay::Kind::Term ? unit_link(o.defined_in) : std::string{};
    });
    std::vector<render::Overlay> found = overlays_.find(unit, inlines);
    render::walk_inlines(inlines, found, visitor);
}

} // namespace clerk::pdf

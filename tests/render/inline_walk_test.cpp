// The walk over a run of inlines that the HTML page and the PDF share: overlays where the
// references and defined terms are, raw markup dropped with a script's words, no link
// inside a link, and each term linked once per section.
#include "link/links.hpp"
#include "render/inline_walk.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

// Writes what the walk meets as a flat string: [ref:...], [term:...], <em>...</em>, {code}.
class Recorder : public render::InlineVisitor {
  public:
    std::string out;
    void text(std::string_view words, bool code) override {
        if (code) out += '{';
        out += words;
        if (code) out += '}';
    }
    void overlay(std::string_view words, const render::Overlay& o) override {
        const char* kind = o.kind == render::Overlay::Kind::Reference ? "ref"
                           : o.kind == render::Overlay::Kind::Term    ? "term"
                                                                      : "dfn";
        out += '[';
        out += kind;
        out += ':';
        out += words;
        out += ']';
    }
    void line_break(bool hard) override { out += hard ? "|" : " "; }
    void open(const Inline& in) override {
        out += in.kind == InlineKind::Link ? "<a>" : in.kind == InlineKind::Strong ? "<b>" : "<i>";
    }
    void close(const Inline& in) override {
        out += in.kind == InlineKind::Link     ? "</a>"
               : in.kind == InlineKind::Strong ? "</b>"
                                               : "</i>";
    }
};

struct Walked {
    std::vector<std::string> runs; ///< each paragraph of each unit, in reading order
};

Walked walk_all(const std::string& markdown) {
    LoadResult r = load_markdown(markdown);
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    Links links = link_document(doc);
    render::OverlayFinder finder(doc, links, [](const ReferenceTarget&) { return "#x"; });
    Walked w;
    for (std::size_t u = 0; u < doc.units.size(); ++u)
        for (const Block& b : doc.units[u].blocks)
            if (b.kind == BlockKind::Paragraph) {
                Recorder rec;
                render::walk_inlines(b.inlines, finder.find(static_cast<UnitIndex>(u), b.inlines),
                                     rec);
                w.runs.push_back(rec.out);
            }
    return w;
}

} // namespace

TEST_CASE("a reference becomes an overlay; emphasis, code and breaks keep their places",
          "[render][inline]") {
    Walked w = walk_all("# 1. Scope\n\n1.1 First clause.\n\n1.2 As set out in clause 1.1, "
                        "*officers* use `code`  \nand more.\n");
    REQUIRE(w.runs.size() == 2);
    CHECK(w.runs[1] == "As set out in clause [ref:1.1], <i>officers</i> use {code}|and more.");
}

TEST_CASE("a script's words are dropped and an unsafe link is only words", "[render][inline]") {
    Walked w = walk_all("# 1. Scope\n\n1.1 Before <script>alert(1)</script> after "
                        "[good](https://b.example) [bad](javascript:alert(1)).\n");
    REQUIRE(w.runs.size() == 1);
    CHECK(w.runs[0].find("alert") == std::string::npos);
    CHECK(w.runs[0].find("Before") != std::string::npos);
    CHECK(w.runs[0].find("after") != std::string::npos);
    CHECK(w.runs[0].find("<a>good</a>") != std::string::npos);
    CHECK(w.runs[0].find("bad") != std::string::npos);
    CHECK(w.runs[0].find("<a>bad") == std::string::npos);
}

TEST_CASE("a link inside a link is only its words", "[render][inline]") {
    auto text = [](std::string words) {
        Inline in;
        in.text = std::move(words);
        return in;
    };
    Inline inner;
    inner.kind = InlineKind::Link;
    inner.url = "https://a.example";
    inner.children = {text("inner")};
    Inline outer;
    outer.kind = InlineKind::Link;
    outer.url = "https://b.example";
    outer.children = {text("outer "), inner, text(" text")};
    Recorder rec;
    render::walk_inlines({outer}, {}, rec);
    CHECK(rec.out == "<a>outer inner text</a>");
}

TEST_CASE("a defined term is linked at its first use in a section, not again there",
          "[render][inline]") {
    Walked w = walk_all("# 1. Definitions\n\n1.1 \"Monitoring Officer\" means the officer "
                        "so designated.\n\n# 2. Duties\n\n2.1 The Monitoring Officer advises.\n\n"
                        "2.2 The Monitoring Officer reports.\n");
    REQUIRE(w.runs.size() == 3);
    CHECK(w.runs[1].find("[term:Monitoring Officer]") != std::string::npos);
    CHECK(w.runs[2].find("[term:") == std::string::npos); // same section: not again
}

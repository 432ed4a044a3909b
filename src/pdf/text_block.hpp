// A block of text laid out by pango at a given width: its lines, their heights, and the
// stretches of it that are links. Drawn run by run, so that each link's words are wrapped in
// their own Link structure element and annotation.
#pragma once

#include "pdf/style.hpp"

#include <cairo.h>
#include <memory>
#include <pango/pangocairo.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace clerk::pdf {

/// How a run of text looks.
enum class Face { Regular, Bold, Italic, BoldItalic, Mono };

/// A stretch of text with a face other than the block's own.
struct FaceSpan {
    std::size_t begin = 0, end = 0; ///< byte offsets
    Face face = Face::Regular;
};

/// A stretch of text that leads somewhere: cairo link attributes ("dest='clause-5.7'").
struct LinkSpan {
    std::size_t begin = 0, end = 0;
    std::string attributes;
};

/// How a redline marks a stretch of text.
enum class Mark { Deleted, Inserted };

/// A stretch of text a redline marks: struck through or underlined.
struct MarkSpan {
    std::size_t begin = 0, end = 0;
    Mark mark = Mark::Deleted;
};

/// Text with its faces and links, before it is laid out.
struct RichText {
    std::string text;
    std::vector<FaceSpan> faces;
    std::vector<LinkSpan> links;
    std::vector<MarkSpan> marks;

    /// Appends text in a face; returns its byte range's start.
    std::size_t add(std::string_view more, Face face = Face::Regular);
    /// Appends text as a link with the given cairo attributes.
    void add_link(std::string_view more, std::string attributes, Face face = Face::Regular);
    /// Appends text a redline marks as deleted or inserted.
    void add_mark(std::string_view more, Mark mark);
};

/// The font and paragraph settings a block is laid out with.
struct TextStyle {
    std::string family;
    double size = 11;
    bool bold = false;
    bool italic = false;
    Colour colour;
    Colour link_colour;
    Colour deleted_colour{0.478, 0.063, 0.063};
    Colour inserted_colour{0.043, 0.290, 0.118};
    double line_height = 1.3;
    bool justify = false;
    PangoAlignment align = PANGO_ALIGN_LEFT;
    std::string mono_family = "monospace";
};

/// One line of a laid-out block.
struct TextLine {
    double top = 0; ///< from the block's top
    double bottom = 0;
    double baseline = 0;
};

/// Text as laid out: its lines and, on each, the glyph runs pango shaped (owned here).
struct LaidOutText {
    LaidOutText() = default;
    ~LaidOutText();
    LaidOutText(const LaidOutText&) = delete;
    LaidOutText& operator=(const LaidOutText&) = delete;
    std::vector<TextLine> lines;
    std::vector<std::vector<PangoGlyphItem*>> runs; ///< each line's runs, left to right
    std::vector<double> line_x;                     ///< where each line starts (alignment)
    std::vector<double> line_width; ///< each line's width, without the spaces that hang at its end
};

/// Where pango lays text out: a context at 72 dpi without hinting, so that a point on the
/// page is a point in the layout and the PDF does not depend on the screen. Pango shapes each
/// paragraph once, on one line; the lines are then broken here, at the places pango allows,
/// by splitting the shaped runs (pango itself shapes the rest of a paragraph again at every
/// break). It keeps each layout it makes: the contents are laid out again until their page
/// numbers settle, and every pass but the first then finds all its text already laid out.
class TextContext {
  public:
    TextContext();
    ~TextContext();
    TextContext(const TextContext&) = delete;
    TextContext& operator=(const TextContext&) = delete;
    PangoContext* get() const { return context_; }

    /// The layout of `text` in `style` at `width`: made once, then shared.
    std::shared_ptr<const LaidOutText> lay_out(const RichText& text, const TextStyle& style,
                                               double width) const;
    /// How many layouts were made (not found made).
    std::size_t layouts_made() const { return made_; }

  private:
    /// The height pango gives a line of `font` (its metrics, kept per font).
    double font_height(PangoFont* font) const;

    PangoContext* context_;
    mutable std::unordered_map<std::string, std::shared_ptr<const LaidOutText>> cache_;
    mutable std::unordered_map<PangoFont*, double> font_heights_;
    mutable std::size_t made_ = 0;
};

/// A block of text laid out at a width.
class TextBlock {
  public:
    TextBlock(const TextContext& context, RichText text, const TextStyle& style, double width);

    int line_count() const { return static_cast<int>(laid_->lines.size()); }
    const TextLine& line(int i) const { return laid_->lines[static_cast<std::size_t>(i)]; }
    /// Height of lines [first, last).
    double height(int first, int last) const;
    double height() const { return height(0, line_count()); }
    /// Width of the widest line.
    double width() const;
    /// The right end of a line's ink, from the block's left.
    double line_end(int i) const;
    const std::string& text() const { return text_.text; }

    /// Draws lines [first, last) with the block's top at `y` (the first line drawn at `y`),
    /// each link in its own Link tag.
    void draw(cairo_t* cr, double x, double y, int first, int last) const;
    /// Adds the outlines of the glyphs to the current path, the block's top left at (x, y):
    /// filled, they look like text but are not text (nothing to extract or read aloud).
    void add_outlines(cairo_t* cr, double x, double y) const;

  private:
    RichText text_;
    TextStyle style_;
    std::shared_ptr<const LaidOutText> laid_;
};

} // namespace clerk::pdf

#include "pdf/text_block.hpp"

#include <algorithm>
#include <stdexcept>

namespace clerk::pdf {

namespace {

double from_pango(int units) {
    return static_cast<double>(units) / PANGO_SCALE;
}

guint16 channel(double v) {
    return static_cast<guint16>(std::clamp(v, 0.0, 1.0) * 65535.0);
}

void insert(PangoAttrList* list, PangoAttribute* attr, std::size_t begin, std::size_t end) {
    attr->start_index = static_cast<guint>(begin);
    attr->end_index = static_cast<guint>(end);
    pango_attr_list_insert(list, attr);
}

} // namespace

std::size_t RichText::add(std::string_view more, Face face) {
    std::size_t begin = text.size();
    text.append(more);
    if (face != Face::Regular && !more.empty()) faces.push_back({begin, text.size(), face});
    return begin;
}

void RichText::add_link(std::string_view more, std::string attributes, Face face) {
    std::size_t begin = add(more, face);
    if (!more.empty()) links.push_back({begin, text.size(), std::move(attributes)});
}

void RichText::add_mark(std::string_view more, Mark mark) {
    std::size_t begin = add(more);
    if (!more.empty()) marks.push_back({begin, text.size(), mark});
}

TextContext::TextContext() {
    PangoFontMap* map = pango_cairo_font_map_get_default();
    context_ = pango_font_map_create_context(map);
    pango_cairo_context_set_resolution(context_, 72.0);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context_, FALSE);
    pango_context_set_language(context_, pango_language_from_string("en-gb"));
}

TextContext::~TextContext() {
    cache_.clear();
    g_object_unref(context_);
}

namespace {

// What a layout depends on, as one string: the text, where its faces, links and marks fall,
// the font settings and the width. Colours are left out: they are drawn, not laid out.
std::string layout_key(const RichText& text, const TextStyle& style, double width) {
    std::string key;
    key.reserve(text.text.size() + 64 + 12 * (text.faces.size() + text.links.size()));
    auto number = [&key](auto value) {
        key.append(reinterpret_cast<const char*>(&value), sizeof value);
    };
    number(width);
    number(style.size);
    number(style.line_height);
    number(static_cast<int>(style.bold) | static_cast<int>(style.italic) << 1 |
           static_cast<int>(style.justify) << 2 | static_cast<int>(style.align) << 4);
    key += style.family;
    key += '\0';
    key += style.mono_family;
    key += '\0';
    for (const FaceSpan& f : text.faces) {
        number(f.begin);
        number(f.end);
        number(static_cast<int>(f.face));
    }
    key += '\1';
    for (const LinkSpan& l : text.links) {
        number(l.begin);
        number(l.end);
    }
    key += '\1';
    for (const MarkSpan& m : text.marks) {
        number(m.begin);
        number(m.end);
        number(static_cast<int>(m.mark));
    }
    key += '\1';
    key += text.text;
    return key;
}

} // namespace

LaidOutText::~LaidOutText() {
    if (layout) g_object_unref(layout);
}

std::shared_ptr<const LaidOutText>
TextContext::lay_out(const RichText& text, const TextStyle& style, double width) const {
    std::string key = layout_key(text, style, width);
    auto found = cache_.find(key);
    if (found != cache_.end()) return found->second;
    ++made_;
    PangoLayout* layout = pango_layout_new(context_);
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, style.family.c_str());
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    if (style.bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    if (style.italic) pango_font_description_set_style(font, PANGO_STYLE_ITALIC);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_width(layout, pango_units_from_double(std::max(width, 1.0)));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_justify(layout, style.justify);
    pango_layout_set_alignment(layout, style.align);
    pango_layout_set_line_spacing(layout, static_cast<float>(style.line_height));
    pango_layout_set_text(layout, text.text.data(), static_cast<int>(text.text.size()));

    PangoAttrList* attrs = pango_attr_list_new();
    for (const FaceSpan& f : text.faces) {
        switch (f.face) {
        case Face::Regular:
            break;
        case Face::Bold:
            insert(attrs, pango_attr_weight_new(PANGO_WEIGHT_BOLD), f.begin, f.end);
            break;
        case Face::Italic:
            insert(attrs, pango_attr_style_new(PANGO_STYLE_ITALIC), f.begin, f.end);
            break;
        case Face::BoldItalic:
            insert(attrs, pango_attr_weight_new(PANGO_WEIGHT_BOLD), f.begin, f.end);
            insert(attrs, pango_attr_style_new(PANGO_STYLE_ITALIC), f.begin, f.end);
            break;
        case Face::Mono:
            insert(attrs, pango_attr_family_new(style.mono_family.c_str()), f.begin, f.end);
            break;
        }
    }
    // A colour on each link splits pango's runs at the link's ends, so each run is either
    // all link or none.
    for (const LinkSpan& l : text.links)
        insert(attrs,
               pango_attr_foreground_new(channel(style.link_colour.r), channel(style.link_colour.g),
                                         channel(style.link_colour.b)),
               l.begin, l.end);
    for (const MarkSpan& m : text.marks) {
        const Colour& c = m.mark == Mark::Deleted ? style.deleted_colour : style.inserted_colour;
        insert(attrs, pango_attr_foreground_new(channel(c.r), channel(c.g), channel(c.b)), m.begin,
               m.end);
    }
    pango_layout_set_attributes(layout, attrs);
    pango_attr_list_unref(attrs);

    std::vector<TextLine> lines;
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        int y0 = 0, y1 = 0;
        pango_layout_iter_get_line_yrange(iter, &y0, &y1);
        lines.push_back(
            {from_pango(y0), from_pango(y1), from_pango(pango_layout_iter_get_baseline(iter))});
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    auto laid = std::make_shared<const LaidOutText>(layout, std::move(lines));
    cache_.emplace(std::move(key), laid);
    return laid;
}

TextBlock::TextBlock(const TextContext& context, RichText text, const TextStyle& style,
                     double width)
    : text_(std::move(text)), style_(style), laid_(context.lay_out(text_, style, width)) {}

double TextBlock::height(int first, int last) const {
    if (last <= first || laid_->lines.empty()) return 0;
    return laid_->lines[static_cast<std::size_t>(last - 1)].bottom -
           laid_->lines[static_cast<std::size_t>(first)].top;
}

double TextBlock::width() const {
    PangoRectangle logical;
    pango_layout_get_extents(laid_->layout, nullptr, &logical);
    return from_pango(logical.x + logical.width);
}

double TextBlock::line_end(int i) const {
    PangoLayoutLine* line = pango_layout_get_line_readonly(laid_->layout, i);
    PangoRectangle logical;
    pango_layout_line_get_extents(line, nullptr, &logical);
    int x = 0;
    pango_layout_index_to_line_x(laid_->layout, line->start_index, FALSE, nullptr, &x);
    return from_pango(x + logical.width);
}

void TextBlock::draw(cairo_t* cr, double x, double y, int first, int last) const {
    double dy = y - (first < line_count() ? line(first).top : 0);
    PangoLayoutIter* iter = pango_layout_get_iter(laid_->layout);
    int index = 0;
    do {
        if (index < first) continue;
        if (index >= last) break;
        PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        double baseline = dy + from_pango(pango_layout_iter_get_baseline(iter));
        double run_x = x + from_pango(logical.x);
        const LinkSpan* open = nullptr;
        for (GSList* r = line->runs; r; r = r->next) {
            auto* run = static_cast<PangoGlyphItem*>(r->data);
            std::size_t offset = static_cast<std::size_t>(run->item->offset);
            const LinkSpan* link = nullptr;
            for (const LinkSpan& l : text_.links)
                if (offset >= l.begin && offset < l.end) link = &l;
            if (link != open) {
                if (open) cairo_tag_end(cr, CAIRO_TAG_LINK);
                if (link) cairo_tag_begin(cr, CAIRO_TAG_LINK, link->attributes.c_str());
                open = link;
            }
            const MarkSpan* mark = nullptr;
            for (const MarkSpan& m : text_.marks)
                if (offset >= m.begin && offset < m.end) mark = &m;
            const Colour& c = mark   ? (mark->mark == Mark::Deleted ? style_.deleted_colour
                                                                    : style_.inserted_colour)
                              : link ? style_.link_colour
                                     : style_.colour;
            cairo_set_source_rgb(cr, c.r, c.g, c.b);
            double w = from_pango(pango_glyph_string_get_width(run->glyphs));
            cairo_move_to(cr, run_x, baseline);
            pango_cairo_show_glyph_item(cr, text_.text.c_str(), run);
            double thickness = std::max(0.5, style_.size * 0.055);
            if (link || (mark && mark->mark == Mark::Inserted)) {
                cairo_rectangle(cr, run_x, baseline + style_.size * 0.12, w, thickness);
                cairo_fill(cr);
            }
            if (mark && mark->mark == Mark::Deleted) {
                cairo_rectangle(cr, run_x, baseline - style_.size * 0.3, w, thickness);
                cairo_fill(cr);
            }
            run_x += w;
        }
        if (open) cairo_tag_end(cr, CAIRO_TAG_LINK);
    } while (++index, pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
}

void TextBlock::add_outlines(cairo_t* cr, double x, double y) const {
    cairo_move_to(cr, x, y);
    pango_cairo_layout_path(cr, laid_->layout);
}

} // namespace clerk::pdf

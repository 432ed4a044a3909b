#include "pdf/text_block.hpp"

#include "pdf/font_setup.hpp"

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
    use_document_fonts();
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
    for (std::vector<PangoGlyphItem*>& line : runs)
        for (PangoGlyphItem* run : line)
            pango_glyph_item_free(run);
}

double TextContext::font_height(PangoFont* font) const {
    auto found = font_heights_.find(font);
    if (found != font_heights_.end()) return found->second;
    PangoFontMetrics* metrics = pango_font_get_metrics(font, pango_context_get_language(context_));
    double height = from_pango(pango_font_metrics_get_height(metrics));
    pango_font_metrics_unref(metrics);
    font_heights_.emplace(font, height);
    return height;
}

namespace {

// One paragraph of a layout made without a width: its runs (copies, owned by the caller),
// and for each of its characters the byte where it starts and its width.
struct Paragraph {
    std::vector<PangoGlyphItem*> runs;
    std::size_t first_char = 0;     // in the layout's log attributes
    std::vector<std::size_t> bytes; // each character's byte offset in the text, and the end
    std::vector<int> widths;        // each character's width, pango units
};

Paragraph read_paragraph(PangoLayoutLine* line, const std::string& text) {
    Paragraph p;
    const char* base = text.c_str();
    p.first_char =
        static_cast<std::size_t>(g_utf8_pointer_to_offset(base, base + line->start_index));
    for (std::size_t b = static_cast<std::size_t>(line->start_index);
         b < static_cast<std::size_t>(line->start_index + line->length);
         b = static_cast<std::size_t>(g_utf8_next_char(base + b) - base))
        p.bytes.push_back(b);
    p.bytes.push_back(static_cast<std::size_t>(line->start_index + line->length));
    p.widths.assign(p.bytes.size() - 1, 0);
    for (GSList* r = line->runs; r; r = r->next) {
        auto* run = static_cast<PangoGlyphItem*>(r->data);
        std::size_t at =
            static_cast<std::size_t>(std::lower_bound(p.bytes.begin(), p.bytes.end(),
                                                      static_cast<std::size_t>(run->item->offset)) -
                                     p.bytes.begin());
        if (at + static_cast<std::size_t>(run->item->num_chars) <= p.widths.size())
            pango_glyph_item_get_logical_widths(run, base, &p.widths[at]);
        p.runs.push_back(pango_glyph_item_copy(run));
    }
    return p;
}

// A hyphen shaped as a run's text is (its font, script and language); the caller frees it.
PangoGlyphString* shaped_hyphen(const PangoGlyphItem* run) {
    PangoGlyphString* hyphen = pango_glyph_string_new();
    pango_shape("-", 1, &run->item->analysis, hyphen);
    return hyphen;
}

// The width of a hyphen in the font of a paragraph's first run (0 for an empty paragraph).
int hyphen_width(const Paragraph& p) {
    if (p.runs.empty()) return 0;
    PangoGlyphString* hyphen = shaped_hyphen(p.runs.front());
    int width = pango_glyph_string_get_width(hyphen);
    pango_glyph_string_free(hyphen);
    return width;
}

// Where the lines of a paragraph start (character indexes, the first 0), and whether the line
// before each start ends with a hyphen: as many words on each line as fit in `width`, spaces
// at a line's end hanging past it; a word longer than the line is broken between letters,
// with room left for a hyphen where pango would add one.
struct LineStarts {
    std::vector<std::size_t> starts{0};
    std::vector<bool> hyphen_before{false};
};

LineStarts line_starts(const Paragraph& p, const PangoLogAttr* attrs, int width) {
    LineStarts out;
    std::size_t n = p.widths.size(), start = 0, last_break = 0;
    long x = 0;
    int hyphen = -1; // worked out when a word is first broken
    for (std::size_t i = 0; i < n; ++i) {
        const PangoLogAttr& a = attrs[p.first_char + i];
        if (i > start && a.is_line_break) last_break = i;
        if (!a.is_white && i > start && x + p.widths[i] > width) {
            bool in_word = last_break <= start;
            std::size_t at = in_word ? i : last_break;
            if (in_word) {
                // Back to a letter boundary where the letters before it and a hyphen fit.
                if (hyphen < 0) hyphen = hyphen_width(p);
                long fits = x;
                while (at > start + 1 &&
                       (!attrs[p.first_char + at].is_cursor_position ||
                        (attrs[p.first_char + at].break_inserts_hyphen && fits + hyphen > width))) {
                    --at;
                    fits -= p.widths[at];
                }
            }
            out.starts.push_back(at);
            out.hyphen_before.push_back(in_word && attrs[p.first_char + at].break_inserts_hyphen);
            start = at;
            last_break = start;
            x = 0;
            for (std::size_t k = start; k < i; ++k)
                x += p.widths[k];
        }
        x += p.widths[i];
    }
    return out;
}

// Ends a line broken inside a word with a hyphen: a glyph added to its last run, in the
// cluster of the run's last letter, so that the text read from the page has no hyphen.
void add_hyphen(PangoGlyphItem* run) {
    PangoGlyphString* hyphen = shaped_hyphen(run);
    PangoGlyphString* glyphs = run->glyphs;
    int n = glyphs->num_glyphs;
    if (hyphen->num_glyphs == 1 && n > 0) {
        pango_glyph_string_set_size(glyphs, n + 1);
        glyphs->glyphs[n] = hyphen->glyphs[0];
        glyphs->glyphs[n].attr.is_cluster_start = 0;
        glyphs->log_clusters[n] = glyphs->log_clusters[n - 1];
    }
    pango_glyph_string_free(hyphen);
}

// The spaces of a run: glyphs whose character is ' ', where justification adds width.
std::vector<int> space_glyphs(const PangoGlyphItem* run, const std::string& text) {
    std::vector<int> out;
    for (int g = 0; g < run->glyphs->num_glyphs; ++g) {
        std::size_t at = static_cast<std::size_t>(run->item->offset + run->glyphs->log_clusters[g]);
        if (at < text.size() && text[at] == ' ') out.push_back(g);
    }
    return out;
}

} // namespace

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

    auto laid = std::make_shared<LaidOutText>();
    int n_attrs = 0;
    const PangoLogAttr* log_attrs = pango_layout_get_log_attrs_readonly(layout, &n_attrs);
    const int max_width = pango_units_from_double(std::max(width, 1.0));
    PangoFont* base_font = pango_context_load_font(context_, font);
    pango_font_description_free(font);
    double y = 0;
    for (GSList* l = pango_layout_get_lines_readonly(layout); l; l = l->next) {
        Paragraph p = read_paragraph(static_cast<PangoLayoutLine*>(l->data), text.text);
        LineStarts breaks = line_starts(p, log_attrs, max_width);
        std::vector<std::size_t>& starts = breaks.starts;
        starts.push_back(p.widths.size());
        std::size_t next_run = 0;
        for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
            std::size_t end_byte = p.bytes[starts[k + 1]];
            std::vector<PangoGlyphItem*> line;
            while (next_run < p.runs.size()) {
                PangoGlyphItem* run = p.runs[next_run];
                auto run_end = static_cast<std::size_t>(run->item->offset + run->item->length);
                if (run_end <= end_byte) {
                    line.push_back(run);
                    ++next_run;
                    continue;
                }
                auto split = static_cast<int>(end_byte) - run->item->offset;
                if (split > 0)
                    line.push_back(pango_glyph_item_split(run, text.text.c_str(), split));
                break;
            }
            if (k + 1 < breaks.hyphen_before.size() && breaks.hyphen_before[k + 1] && !line.empty())
                add_hyphen(line.back());
            // The line's height, baseline and width, from its runs (an empty line: the
            // block's font).
            double ascent = 0, descent = 0, height = 0, natural = 0, trailing = 0;
            for (PangoGlyphItem* run : line) {
                PangoRectangle logical;
                pango_glyph_string_extents(run->glyphs, run->item->analysis.font, nullptr,
                                           &logical);
                ascent = std::max(ascent, from_pango(-logical.y));
                descent = std::max(descent, from_pango(logical.y + logical.height));
                natural += from_pango(logical.width);
                height = std::max(height, font_height(run->item->analysis.font));
            }
            if (line.empty() && base_font) {
                PangoFontMetrics* m = pango_font_get_metrics(base_font, nullptr);
                ascent = from_pango(pango_font_metrics_get_ascent(m));
                descent = from_pango(pango_font_metrics_get_descent(m));
                pango_font_metrics_unref(m);
                height = font_height(base_font);
            }
            // Spaces at the end of a line hang: they count for neither width nor alignment.
            for (std::size_t c = starts[k + 1];
                 c > starts[k] && log_attrs[p.first_char + c - 1].is_white; --c)
                trailing += from_pango(p.widths[c - 1]);
            double used = natural - trailing;
            bool last = k + 2 == starts.size();
            if (style.justify && !last && used < width) {
                std::vector<std::pair<PangoGlyphItem*, int>> spaces;
                for (PangoGlyphItem* run : line)
                    for (int g : space_glyphs(run, text.text))
                        spaces.emplace_back(run, g);
                // Not the spaces that hang at the line's end.
                std::size_t hanging = 0;
                for (std::size_t c = starts[k + 1];
                     c > starts[k] && text.text[p.bytes[c - 1]] == ' '; --c)
                    ++hanging;
                if (spaces.size() > hanging) {
                    spaces.resize(spaces.size() - hanging);
                    int extra = pango_units_from_double((width - used) /
                                                        static_cast<double>(spaces.size()));
                    for (auto& [run, g] : spaces)
                        run->glyphs->glyphs[g].geometry.width += extra;
                    used += from_pango(extra) * static_cast<double>(spaces.size());
                }
            }
            double x = style.align == PANGO_ALIGN_RIGHT    ? width - used
                       : style.align == PANGO_ALIGN_CENTER ? (width - used) / 2
                                                           : 0;
            // As pango sets a line spacing: baselines `line_height` font heights apart, each
            // line's own box its ascent and descent.
            double spacing = style.line_height > 0 ? style.line_height * height : ascent + descent;
            laid->lines.push_back({y, y + ascent + descent, y + ascent});
            laid->runs.push_back(std::move(line));
            laid->line_x.push_back(std::max(0.0, x));
            laid->line_width.push_back(used);
            y += spacing;
        }
        for (std::size_t r = next_run; r < p.runs.size(); ++r)
            pango_glyph_item_free(p.runs[r]);
    }
    if (base_font) g_object_unref(base_font);
    g_object_unref(layout);
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
    double widest = 0;
    for (std::size_t i = 0; i < laid_->lines.size(); ++i)
        widest = std::max(widest, laid_->line_x[i] + laid_->line_width[i]);
    return widest;
}

double TextBlock::line_end(int i) const {
    auto k = static_cast<std::size_t>(i);
    return laid_->line_x[k] + laid_->line_width[k];
}

void TextBlock::draw(cairo_t* cr, double x, double y, int first, int last) const {
    double dy = y - (first < line_count() ? line(first).top : 0);
    for (int index = std::max(first, 0); index < std::min(last, line_count()); ++index) {
        auto k = static_cast<std::size_t>(index);
        double baseline = dy + laid_->lines[k].baseline;
        double run_x = x + laid_->line_x[k];
        const LinkSpan* open = nullptr;
        for (PangoGlyphItem* run : laid_->runs[k]) {
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
    }
}

void TextBlock::add_outlines(cairo_t* cr, double x, double y) const {
    for (std::size_t k = 0; k < laid_->lines.size(); ++k) {
        double run_x = x + laid_->line_x[k];
        for (PangoGlyphItem* run : laid_->runs[k]) {
            cairo_move_to(cr, run_x, y + laid_->lines[k].baseline);
            pango_cairo_glyph_string_path(cr, run->item->analysis.font, run->glyphs);
            run_x += from_pango(pango_glyph_string_get_width(run->glyphs));
        }
    }
}

} // namespace clerk::pdf

#include "pdf/draw.hpp"

#include "pdf/finish.hpp"
#include "pdf/inline_text.hpp"

#include <cairo-pdf.h>
#include <cmath>
#include <fmt/format.h>
#include <map>

namespace clerk::pdf {

namespace {

constexpr double kLeaderStep = 4.5; // leader dots' spacing, in points

class Drawer {
  public:
    Drawer(cairo_t* cr, const Flow& flow, const PageGeometry& page)
        : cr_(cr), flow_(flow), page_(page), surface_(cairo_get_target(cr)) {}

    void run(const Pagination& pages) {
        int current = 0;
        for (const Placement& p : pages.placements) {
            while (p.page > current) {
                cairo_show_page(cr_);
                ++current;
            }
            const FlowEntry& e = flow_.entries[static_cast<std::size_t>(p.entry)];
            if (p.repeat_row >= 0) {
                row(flow_.rows[static_cast<std::size_t>(p.repeat_row)], p.y, false, 0, -1);
                continue;
            }
            switch (e.kind) {
            case FlowKind::Open:
                begin(e.tag, e.attributes);
                break;
            case FlowKind::Close:
                end();
                break;
            case FlowKind::Text:
                text(e, flow_.texts[static_cast<std::size_t>(e.item)], p);
                break;
            case FlowKind::Row:
                if (p.row_from <= 0) marks(e, p.y);
                row(flow_.rows[static_cast<std::size_t>(e.item)], p.y, true, p.row_from, p.row_to);
                break;
            case FlowKind::Image:
                image(flow_.images[static_cast<std::size_t>(e.item)], p.y);
                break;
            case FlowKind::PageBreak:
                break;
            }
        }
        while (!open_.empty())
            end();
        while (current < pages.pages) {
            cairo_show_page(cr_);
            ++current;
        }
    }

  private:
    void begin(const std::string& tag, const std::string& attributes = {}) {
        cairo_tag_begin(cr_, tag.c_str(), attributes.c_str());
        open_.push_back(tag);
    }
    void end() {
        if (open_.empty()) return;
        cairo_tag_end(cr_, open_.back().c_str());
        open_.pop_back();
    }

    void image(const ImageItem& item, double y) {
        begin("Figure");
        cairo_save(cr_);
        cairo_translate(cr_, page_.left + item.x, y);
        cairo_scale(cr_, item.width / picture_width(item.picture),
                    item.height / picture_height(item.picture));
        cairo_set_source_surface(cr_, item.picture.get(), 0, 0);
        // A filled rectangle rather than a paint: a bounded operation that cairo keeps inside
        // the Figure's marked content.
        cairo_rectangle(cr_, 0, 0, picture_width(item.picture), picture_height(item.picture));
        cairo_fill(cr_);
        cairo_restore(cr_);
        end();
    }

    // Named destinations and the bookmark of a piece, at its top.
    void marks(const FlowEntry& e, double y) {
        for (const std::string& d : e.destinations) {
            std::string attrs = fmt::format("name={} x={:.2f} y={:.2f}", cairo_quoted(d),
                                            page_.left, std::max(0.0, y - 6));
            cairo_tag_begin(cr_, CAIRO_TAG_DEST, attrs.c_str());
            cairo_tag_end(cr_, CAIRO_TAG_DEST);
        }
        if (!e.outline.empty() && !e.destinations.empty()) {
            int level = std::max(1, e.outline_level);
            int parent = CAIRO_PDF_OUTLINE_ROOT;
            for (int l = level - 1; l >= 1; --l) {
                auto it = outline_ids_.find(l);
                if (it != outline_ids_.end()) {
                    parent = it->second;
                    break;
                }
            }
            std::string link = dest_link(e.destinations.front());
            int id =
                cairo_pdf_surface_add_outline(surface_, parent, e.outline.c_str(), link.c_str(),
                                              static_cast<cairo_pdf_outline_flags_t>(0));
            outline_ids_[level] = id;
            for (auto it = outline_ids_.upper_bound(level); it != outline_ids_.end();)
                it = outline_ids_.erase(it);
        }
    }

    void text(const FlowEntry& e, const TextItem& t, const Placement& p) {
        double x = page_.left + t.x;
        int n = t.body.line_count();
        bool first = p.first_line == 0;
        bool last = p.last_line >= n;
        if (first) {
            marks(e, p.y);
            if (!t.tag.empty()) begin(t.tag);
            if (!t.link.empty()) begin(CAIRO_TAG_LINK, t.link);
            if (t.label) {
                if (!t.label_tag.empty()) begin(t.label_tag);
                // The label sits on the body's first baseline.
                double dy = n > 0 ? t.body.line(0).baseline - t.label->line(0).baseline : 0;
                t.label->draw(cr_, page_.left + t.label_x, p.y + dy, 0, t.label->line_count());
                if (!t.label_tag.empty()) end();
            }
            if (!t.body_tag.empty()) begin(t.body_tag);
        }
        t.body.draw(cr_, x, p.y, p.first_line, p.last_line);
        if (!last) return;
        double bottom = p.y + t.body.height(p.first_line, n);
        if (t.trailing) {
            const TextLine& line = t.body.line(n - 1);
            double base_y = p.y - t.body.line(p.first_line).top + line.baseline;
            double tw = t.trailing->width();
            double tx = page_.left + page_.content_width - tw;
            // Leader dots from the end of the text to the number: one dashed stroke with
            // round caps (a dash of length 0 is a dot), on a 4.5 pt grid so that the dots
            // of every entry line up.
            double from = std::ceil((x + t.body.line_end(n - 1) + 4) / kLeaderStep) * kLeaderStep;
            double to = tx - 4;
            if (to > from) {
                cairo_save(cr_);
                cairo_set_source_rgb(cr_, page_.muted.r, page_.muted.g, page_.muted.b);
                cairo_set_line_width(cr_, 1.1);
                cairo_set_line_cap(cr_, CAIRO_LINE_CAP_ROUND);
                const double dash[] = {0, kLeaderStep};
                cairo_set_dash(cr_, dash, 2, 0);
                cairo_move_to(cr_, from, base_y - 0.6);
                cairo_line_to(cr_, to, base_y - 0.6);
                cairo_stroke(cr_);
                cairo_restore(cr_);
            }
            t.trailing->draw(cr_, tx, base_y - t.trailing->line(0).baseline, 0,
                             t.trailing->line_count());
        }
        if (!t.body_tag.empty() && !t.body_tag_stays_open) end();
        if (!t.body_tag.empty() && t.body_tag_stays_open) {
            // Left open for the nested content; the flow's Close ends it.
        }
        if (!t.link.empty()) end();
        if (!t.tag.empty()) end();
        if (t.rule_below) {
            cairo_set_source_rgb(cr_, t.rule_below->r, t.rule_below->g, t.rule_below->b);
            cairo_rectangle(cr_, page_.left, bottom + 4, page_.content_width, 1.2);
            cairo_fill(cr_);
        }
    }

    // The first line of `block` whose top is at or below `at` (block coordinates).
    static int line_at(const TextBlock& block, double at) {
        int i = 0;
        while (i < block.line_count() && block.line(i).top < at - 0.01)
            ++i;
        return i;
    }

    // A row, or the slice [from, to) of its cells' content when it is split across pages
    // (to < 0: to the end). Each slice is boxed and padded as a row of its own. cairo cannot
    // reopen an element, so a later slice is tagged as a continued row, which finishing
    // merges into the row it continues (finish.hpp).
    void row(const RowItem& r, double y, bool tagged, double from, double to) {
        if (to < 0) to = r.content_height();
        double h = to - from + 2 * r.padding;
        bool tags = tagged && !r.tag.empty();
        for (const Cell& c : r.cells) {
            if (c.background) {
                cairo_set_source_rgb(cr_, c.background->r, c.background->g, c.background->b);
                cairo_rectangle(cr_, page_.left + c.x, y, c.width, h);
                cairo_fill(cr_);
            }
        }
        if (r.left_rule) {
            cairo_set_source_rgb(cr_, r.left_rule->r, r.left_rule->g, r.left_rule->b);
            cairo_rectangle(cr_, page_.left, y, 4, h);
            cairo_fill(cr_);
        }
        if (tags) begin(from > 0.01 && r.tag == "TR" ? std::string(kContinuedRowTag) : r.tag);
        for (const Cell& c : r.cells) {
            bool cell_tag = tagged && !c.tag.empty();
            if (cell_tag) begin(c.tag, c.tag_attributes);
            // Tags are balanced within each slice of the cell: the lists that paragraphs on an
            // earlier page left open are opened again before this slice's first paragraph,
            // and whatever is still open at the slice's end is closed with the cell.
            std::size_t inside = open_.size();
            std::vector<std::string> context;
            bool started = false;
            double cy = 0; // the paragraph's top in the cells' content
            for (const CellText& t : c.texts) {
                cy += t.space_before;
                // This slice's lines of the paragraph: those whose tops fall in [from, to).
                int first = line_at(t.body, from - cy), last = line_at(t.body, to - cy);
                bool label_here = t.label && cy >= from - 0.01 && cy < to - 0.01;
                double height = std::max(t.body.height(), t.label ? t.label->height() : 0.0);
                if (first >= last && !label_here) {
                    if (!started) {
                        context.insert(context.end(), t.opens.begin(), t.opens.end());
                        for (int i = 0; i < t.closes && !context.empty(); ++i)
                            context.pop_back();
                    }
                    cy += height;
                    continue;
                }
                if (!started && tagged)
                    for (const std::string& o : context)
                        begin(o);
                started = true;
                double top = y + r.padding - from; // the page's y of the content's top
                if (tagged)
                    for (const std::string& o : t.opens)
                        begin(o);
                double cx = page_.left + c.x + r.padding;
                if (label_here) {
                    if (tagged && !t.label_tag.empty()) begin(t.label_tag);
                    t.label->draw(cr_, cx, top + cy, 0, t.label->line_count());
                    if (tagged && !t.label_tag.empty()) end();
                }
                if (tagged && !t.body_tag.empty()) begin(t.body_tag);
                if (first < last)
                    t.body.draw(cr_, cx + t.x, top + cy + t.body.line(first).top, first, last);
                if (tagged && !t.body_tag.empty()) end();
                if (tagged)
                    for (int i = 0; i < t.closes && open_.size() > inside; ++i)
                        end();
                cy += height;
            }
            while (open_.size() > inside)
                end();
            if (cell_tag) end();
        }
        if (tags) end();
        if (r.borders) {
            cairo_set_source_rgb(cr_, page_.rule.r, page_.rule.g, page_.rule.b);
            cairo_set_line_width(cr_, 0.6);
            for (const Cell& c : r.cells)
                cairo_rectangle(cr_, page_.left + c.x, y, c.width, h);
            cairo_stroke(cr_);
        }
    }

    cairo_t* cr_;
    const Flow& flow_;
    const PageGeometry& page_;
    cairo_surface_t* surface_;
    std::vector<std::string> open_;
    std::map<int, int> outline_ids_; ///< level -> the last bookmark at that level
};

} // namespace

void draw_flow(cairo_t* cr, const Flow& flow, const Pagination& pages, const PageGeometry& page) {
    Drawer(cr, flow, page).run(pages);
}

} // namespace clerk::pdf

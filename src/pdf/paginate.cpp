#include "pdf/paginate.hpp"

#include <algorithm>

namespace clerk::pdf {

namespace {

constexpr double kSlack = 0.01;
constexpr int kMinLines = 2; // no widow or orphan shorter than this

class Paginator {
  public:
    Paginator(const Flow& flow, double top, double bottom)
        : flow_(flow), top_(top), bottom_(bottom), y_(top) {}

    Pagination run() {
        for (std::size_t i = 0; i < flow_.entries.size(); ++i) {
            const FlowEntry& e = flow_.entries[i];
            int index = static_cast<int>(i);
            switch (e.kind) {
            case FlowKind::Open:
            case FlowKind::Close:
                out_.placements.push_back({index, page_, y_, 0, 0, -1, 0, -1});
                break;
            case FlowKind::PageBreak:
                if (y_ > top_ + kSlack) new_page();
                break;
            case FlowKind::Text:
                text(index);
                break;
            case FlowKind::Row:
                row(index);
                break;
            case FlowKind::Image: {
                const ImageItem& image = flow_.images[static_cast<std::size_t>(e.item)];
                if (!at_top() && y_ + image.height > bottom_ + kSlack) new_page();
                out_.placements.push_back({index, page_, y_, 0, 0, -1, 0, -1});
                y_ += image.advance;
                break;
            }
            }
        }
        out_.pages = page_ + 1;
        return std::move(out_);
    }

  private:
    bool at_top() const { return y_ <= top_ + kSlack; }
    void new_page() {
        ++page_;
        y_ = top_;
    }

    // The next piece of content after entry `i`, or -1 (also at a page break).
    int next_content(int i) const {
        for (std::size_t j = static_cast<std::size_t>(i) + 1; j < flow_.entries.size(); ++j) {
            FlowKind k = flow_.entries[j].kind;
            if (k == FlowKind::PageBreak) return -1;
            if (k == FlowKind::Text || k == FlowKind::Row) return static_cast<int>(j);
        }
        return -1;
    }

    // The least height entry `i` needs where it starts: all of a piece kept with the next
    // and the least of that one; the first lines of a paragraph that may be split.
    double needed(int i, bool top, int depth = 0) const {
        const FlowEntry& e = flow_.entries[static_cast<std::size_t>(i)];
        double own = 0;
        bool keep = false;
        if (e.kind == FlowKind::Text) {
            const TextItem& t = flow_.texts[static_cast<std::size_t>(e.item)];
            int n = t.body.line_count();
            double full = t.body.height();
            own =
                (top ? 0 : t.space_before) + (t.unbreakable || t.keep_with_next || n < 2 * kMinLines
                                                  ? full
                                                  : t.body.height(0, kMinLines));
            keep = t.keep_with_next;
        } else {
            const RowItem& r = flow_.rows[static_cast<std::size_t>(e.item)];
            own = (top ? 0 : r.space_before) + (r.splittable() ? least_of_row(r) : r.height());
            keep = r.header;
        }
        if (keep && depth < 8) {
            int next = next_content(i);
            if (next >= 0) own += needed(next, false, depth + 1);
        }
        return own;
    }

    void text(int index) {
        const TextItem& t = flow_.texts[static_cast<std::size_t>(
            flow_.entries[static_cast<std::size_t>(index)].item)];
        const TextBlock& body = t.body;
        if (!at_top() && y_ + needed(index, false) > bottom_ + kSlack) new_page();
        if (!at_top()) y_ += t.space_before;
        int n = body.line_count();
        int from = 0;
        while (true) {
            double avail = bottom_ - y_;
            int k = 0;
            while (from + k < n && body.height(from, from + k + 1) <= avail + kSlack)
                ++k;
            if (from + k == n) {
                out_.placements.push_back({index, page_, y_, from, n, -1, 0, -1});
                y_ += body.height(from, n);
                break;
            }
            if (t.unbreakable && !at_top()) {
                new_page();
                continue;
            }
            if (!t.unbreakable) {
                int rest = n - from - k;
                if (rest < kMinLines) k -= kMinLines - rest;
                if (from == 0 && k < kMinLines) k = 0;
            }
            if (k <= 0) {
                if (!at_top()) {
                    new_page();
                    continue;
                }
                // Taller than a page even from the top: take what fits.
                k = 1;
                while (from + k < n && body.height(from, from + k + 1) <= avail + kSlack)
                    ++k;
            }
            out_.placements.push_back({index, page_, y_, from, from + k, -1, 0, -1});
            from += k;
            new_page();
        }
        y_ += t.space_after;
    }

    // The least of a splittable row that may start a page's part of it: its first lines,
    // as many as a split leaves at the least, with the padding.
    double least_of_row(const RowItem& r) const {
        double content = r.content_height();
        double at = 0;
        for (const Cell& c : r.cells) {
            std::vector<LineSpan> lines = c.lines();
            if (lines.empty()) continue;
            at = std::max(at, lines[std::min<std::size_t>(lines.size(), kMinLines) - 1].bottom);
        }
        return std::min(content, at) + 2 * r.padding;
    }

    // Starts a page in the middle of a table: the header row again, when it has one.
    void table_page(const RowItem& r, int index) {
        new_page();
        if (r.repeat_header >= 0 && !r.header) {
            out_.placements.push_back({index, page_, y_, 0, 0, r.repeat_header, 0, -1});
            y_ += flow_.rows[static_cast<std::size_t>(r.repeat_header)].height();
        }
        page_top_is_header_ = true;
    }

    // Where to end this page's part of a row that does not fit from `from`: a cut with at least
    // two lines above and below it in some cell, or `from` when there is none.
    double split_point(const RowItem& r, double from, double avail) const {
        double end = r.content_height();
        double at = r.cut(from, avail);
        while (at > from && r.lines_between(at, end) < kMinLines)
            at = r.cut(from, at - from - kSlack);
        if (r.lines_between(from, at) < kMinLines) return from;
        return at;
    }

    void row(int index) {
        const RowItem& r = flow_.rows[static_cast<std::size_t>(
            flow_.entries[static_cast<std::size_t>(index)].item)];
        if (!at_top() && y_ + needed(index, false) > bottom_ + kSlack) table_page(r, index);
        if (!at_top()) y_ += r.space_before;
        double end = r.content_height();
        double from = 0;
        while (true) {
            double avail = bottom_ - y_ - 2 * r.padding;
            if (!r.splittable() || end - from <= avail + kSlack) {
                out_.placements.push_back(
                    {index, page_, y_, 0, 0, -1, from, from > 0 ? end : -1.0});
                y_ += end - from + 2 * r.padding;
                break;
            }
            double at = split_point(r, from, avail);
            bool fresh = at_top() || (r.repeat_header >= 0 && page_top_is_header_);
            if (at <= from) {
                if (!fresh) {
                    table_page(r, index);
                    page_top_is_header_ = true;
                    continue;
                }
                // Nothing splits well even on a page of its own: cut where the page ends.
                at = r.cut(from, avail);
                if (at <= from)
                    at = std::min(end, from + std::max(avail, 1.0)); // a line taller than a page
            }
            out_.placements.push_back({index, page_, y_, 0, 0, -1, from, at});
            from = at;
            table_page(r, index);
        }
        page_top_is_header_ = false;
        y_ += r.space_after;
    }

    const Flow& flow_;
    double top_, bottom_;
    double y_;
    int page_ = 0;
    bool page_top_is_header_ = false; ///< nothing on this page yet but a repeated header
    Pagination out_;
};

} // namespace

Pagination paginate(const Flow& flow, double top, double bottom) {
    Pagination p = Paginator(flow, top, bottom).run();
    for (const Placement& pl : p.placements) {
        if (pl.repeat_row >= 0 || pl.first_line != 0 || pl.row_from > 0) continue;
        const FlowEntry& e = flow.entries[static_cast<std::size_t>(pl.entry)];
        for (const std::string& d : e.destinations)
            p.destination_pages.emplace(d, pl.page);
    }
    return p;
}

} // namespace clerk::pdf

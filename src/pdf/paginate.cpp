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
                out_.placements.push_back({index, page_, y_, 0, 0, -1});
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
            own = (top ? 0 : r.space_before) + r.height();
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
                out_.placements.push_back({index, page_, y_, from, n, -1});
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
            out_.placements.push_back({index, page_, y_, from, from + k, -1});
            from += k;
            new_page();
        }
        y_ += t.space_after;
    }

    void row(int index) {
        const RowItem& r = flow_.rows[static_cast<std::size_t>(
            flow_.entries[static_cast<std::size_t>(index)].item)];
        if (!at_top() && y_ + needed(index, false) > bottom_ + kSlack) {
            new_page();
            if (r.repeat_header >= 0 && !r.header) {
                out_.placements.push_back({index, page_, y_, 0, 0, r.repeat_header});
                y_ += flow_.rows[static_cast<std::size_t>(r.repeat_header)].height();
            }
        }
        if (!at_top()) y_ += r.space_before;
        out_.placements.push_back({index, page_, y_, 0, 0, -1});
        y_ += r.height() + r.space_after;
    }

    const Flow& flow_;
    double top_, bottom_;
    double y_;
    int page_ = 0;
    Pagination out_;
};

} // namespace

Pagination paginate(const Flow& flow, double top, double bottom) {
    Pagination p = Paginator(flow, top, bottom).run();
    for (const Placement& pl : p.placements) {
        if (pl.repeat_row >= 0 || pl.first_line != 0) continue;
        const FlowEntry& e = flow.entries[static_cast<std::size_t>(pl.entry)];
        for (const std::string& d : e.destinations)
            p.destination_pages.emplace(d, pl.page);
    }
    return p;
}

} // namespace clerk::pdf

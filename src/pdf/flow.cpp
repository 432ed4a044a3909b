#include "pdf/flow.hpp"

#include <algorithm>

namespace clerk::pdf {

double Cell::height() const {
    double h = 0;
    for (const CellText& t : texts) {
        double line = t.body.height();
        if (t.label) line = std::max(line, t.label->height());
        h += t.space_before + line;
    }
    return h;
}

std::vector<LineSpan> Cell::lines() const {
    std::vector<LineSpan> out;
    double y = 0;
    for (const CellText& t : texts) {
        y += t.space_before;
        for (int i = 0; i < t.body.line_count(); ++i)
            out.push_back({y + t.body.line(i).top, y + t.body.line(i).bottom});
        if (t.label)
            for (int i = 0; i < t.label->line_count(); ++i)
                out.push_back({y + t.label->line(i).top, y + t.label->line(i).bottom});
        y += std::max(t.body.height(), t.label ? t.label->height() : 0.0);
    }
    return out;
}

namespace {
constexpr double kCutSlack = 0.01;
}

double RowItem::cut(double from, double limit) const {
    double at = from + limit;
    // Lower the cut to the top of any line it would go through, until it goes through none.
    for (bool moved = true; moved && at > from;) {
        moved = false;
        for (const Cell& c : cells)
            for (const LineSpan& l : c.lines())
                if (l.top < at - kCutSlack && l.bottom > at + kCutSlack) {
                    at = l.top;
                    moved = true;
                }
    }
    return std::max(at, from);
}

int RowItem::lines_between(double from, double to) const {
    int most = 0;
    for (const Cell& c : cells) {
        int n = 0;
        for (const LineSpan& l : c.lines())
            if (l.top >= from - kCutSlack && l.bottom <= to + kCutSlack) ++n;
        most = std::max(most, n);
    }
    return most;
}

double RowItem::height() const {
    double h = 0;
    for (const Cell& c : cells)
        h = std::max(h, c.height());
    return h + 2 * padding;
}

void Flow::open(std::string tag, std::string attributes) {
    entries.push_back({FlowKind::Open, std::move(tag), std::move(attributes), -1, {}, {}, 0});
}

void Flow::close() {
    entries.push_back({FlowKind::Close, {}, {}, -1, {}, {}, 0});
}

FlowEntry& Flow::text(TextItem item) {
    texts.push_back(std::move(item));
    entries.push_back({FlowKind::Text, {}, {}, static_cast<int>(texts.size() - 1), {}, {}, 0});
    return entries.back();
}

int Flow::row(RowItem item) {
    rows.push_back(std::move(item));
    entries.push_back({FlowKind::Row, {}, {}, static_cast<int>(rows.size() - 1), {}, {}, 0});
    return static_cast<int>(rows.size() - 1);
}

void Flow::image(ImageItem item) {
    images.push_back(std::move(item));
    entries.push_back({FlowKind::Image, {}, {}, static_cast<int>(images.size() - 1), {}, {}, 0});
}

void Flow::page_break() {
    entries.push_back({FlowKind::PageBreak, {}, {}, -1, {}, {}, 0});
}

} // namespace clerk::pdf

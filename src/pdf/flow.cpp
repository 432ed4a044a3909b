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

void Flow::page_break() {
    entries.push_back({FlowKind::PageBreak, {}, {}, -1, {}, {}, 0});
}

} // namespace clerk::pdf

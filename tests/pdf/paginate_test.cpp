// Pagination: no single widow or orphan line, headings kept with what follows, table header
// rows repeated on each page a table spans, destinations on the page of their piece.
#include "pdf/paginate.hpp"

#include <catch2/catch.hpp>
#include <vector>

using namespace clerk::pdf;

namespace {

TextStyle plain() {
    TextStyle s;
    s.family = "Liberation Sans";
    s.size = 10;
    s.line_height = 0; // pango's own spacing: every line the same height
    return s;
}

// A paragraph of exactly `lines` lines.
TextBlock lines_of(const TextContext& context, int lines) {
    RichText text;
    for (int i = 0; i < lines; ++i)
        text.add(i == 0 ? "line" : "\xe2\x80\xa8line");
    return TextBlock(context, std::move(text), plain(), 300);
}

// Lines of each text entry on each page: {page, entry, first, last}.
struct Piece {
    int page, entry, first, last;
};
std::vector<Piece> pieces(const Flow& flow, const Pagination& p) {
    std::vector<Piece> out;
    for (const Placement& pl : p.placements)
        if (flow.entries[static_cast<std::size_t>(pl.entry)].kind == FlowKind::Text)
            out.push_back({pl.page, pl.entry, pl.first_line, pl.last_line});
    return out;
}

} // namespace

TEST_CASE("a paragraph is split with at least two lines on each page", "[pdf][paginate]") {
    TextContext context;
    double line = lines_of(context, 1).height();
    REQUIRE(line > 0);
    for (int fits = 1; fits <= 9; ++fits) {
        Flow flow;
        flow.text(TextItem(lines_of(context, 3)));
        flow.text(TextItem(lines_of(context, 5)));
        // Room for 10 lines per page; the second paragraph starts after 3 + `fits` - 1 lines.
        flow.texts[0].space_after = (fits - 1) * line;
        Pagination p = paginate(flow, 0, 10 * line + 0.001);
        for (const Piece& piece : pieces(flow, p)) {
            INFO("fits " << fits << " entry " << piece.entry << " page " << piece.page);
            int n = flow.texts[static_cast<std::size_t>(
                                   flow.entries[static_cast<std::size_t>(piece.entry)].item)]
                        .body.line_count();
            if (piece.last - piece.first < n) CHECK(piece.last - piece.first >= 2);
        }
    }
}

TEST_CASE("a paragraph that fits is not split", "[pdf][paginate]") {
    TextContext context;
    double line = lines_of(context, 1).height();
    Flow flow;
    flow.text(TextItem(lines_of(context, 4)));
    Pagination p = paginate(flow, 0, 4 * line + 0.001);
    CHECK(p.pages == 1);
    REQUIRE(pieces(flow, p).size() == 1);
}

TEST_CASE("a heading moves to the next page with its paragraph", "[pdf][paginate]") {
    TextContext context;
    double line = lines_of(context, 1).height();
    Flow flow;
    flow.text(TextItem(lines_of(context, 7)));
    TextItem heading(lines_of(context, 1));
    heading.keep_with_next = true;
    FlowEntry& h = flow.text(std::move(heading));
    h.destinations = {"clause-2"};
    flow.text(TextItem(lines_of(context, 4)));
    // The heading fits on page 1 (line 8) but only one line of the paragraph would follow it.
    Pagination p = paginate(flow, 0, 9 * line + 0.001);
    std::vector<Piece> got = pieces(flow, p);
    REQUIRE(got.size() >= 3);
    CHECK(got[1].page == 1);
    CHECK(p.destination_pages.at("clause-2") == 1);
}

TEST_CASE("a table's header row is repeated on each page the table spans", "[pdf][paginate]") {
    TextContext context;
    auto row_of = [&](bool header, int repeat) {
        RowItem r;
        r.header = header;
        r.repeat_header = repeat;
        Cell c;
        c.width = 100;
        c.texts.emplace_back(lines_of(context, 1));
        r.cells.push_back(std::move(c));
        return r;
    };
    Flow flow;
    int header = flow.row(row_of(true, -1));
    for (int i = 0; i < 10; ++i)
        flow.row(row_of(false, header));
    double h = flow.rows[0].height();
    Pagination p = paginate(flow, 0, 4 * h + 0.001);
    CHECK(p.pages == 4); // 4 rows, then 1 repeated header + 3 rows on each page after
    int repeats = 0;
    for (const Placement& pl : p.placements)
        if (pl.repeat_row == header) {
            ++repeats;
            CHECK(pl.y == 0);
        }
    CHECK(repeats == p.pages - 1);
}

namespace {

// A table row of one cell per entry of `lines`, each a paragraph of that many lines.
RowItem row_of_lines(const TextContext& context, std::vector<int> lines, int repeat = -1) {
    RowItem r;
    r.repeat_header = repeat;
    double x = 0;
    for (int n : lines) {
        Cell c;
        c.x = x;
        c.width = 310;
        x += c.width;
        c.texts.emplace_back(lines_of(context, n));
        r.cells.push_back(std::move(c));
    }
    return r;
}

// The slices of row entry `entry`, in order.
std::vector<Placement> slices(const Pagination& p, int entry) {
    std::vector<Placement> out;
    for (const Placement& pl : p.placements)
        if (pl.entry == entry && pl.repeat_row < 0) out.push_back(pl);
    return out;
}

} // namespace

TEST_CASE("a table row taller than the room left is split between lines, the header repeated",
          "[pdf][paginate]") {
    TextContext context;
    double line = lines_of(context, 1).height();
    Flow flow;
    RowItem header = row_of_lines(context, {1, 1});
    header.header = true;
    int head = flow.row(std::move(header));
    flow.row(row_of_lines(context, {3, 2}, head));
    flow.row(row_of_lines(context, {20, 4}, head));
    int tall = static_cast<int>(flow.entries.size()) - 1;
    double padding = 2 * flow.rows[0].padding;
    // A page holds the header, the first row and 6 lines of the tall one.
    double bottom = flow.rows[0].height() + flow.rows[1].height() + 6 * line + padding + 0.001;
    Pagination p = paginate(flow, 0, bottom);
    std::vector<Placement> parts = slices(p, tall);
    REQUIRE(parts.size() >= 3);
    const RowItem& row = flow.rows[2];
    CHECK(parts.front().page == 0);
    CHECK(parts.front().row_from == 0);
    CHECK(parts.back().row_to == Approx(row.content_height()));
    for (std::size_t i = 0; i < parts.size(); ++i) {
        INFO("part " << i);
        if (i > 0) {
            CHECK(parts[i].row_from == Approx(parts[i - 1].row_to));
            CHECK(parts[i].page == parts[i - 1].page + 1);
        }
        CHECK(row.lines_between(parts[i].row_from, parts[i].row_to) >= 2);
        CHECK(parts[i].y + parts[i].row_to - parts[i].row_from + padding <= bottom);
    }
    int repeats = 0;
    for (const Placement& pl : p.placements)
        if (pl.repeat_row == head) {
            ++repeats;
            CHECK(pl.y == 0);
        }
    CHECK(repeats == p.pages - 1);
    // No line is cut: every cut lies between the lines of each cell.
    for (const Placement& part : parts)
        for (const Cell& c : row.cells)
            for (const LineSpan& l : c.lines())
                CHECK_FALSE((l.top < part.row_to - 0.01 && l.bottom > part.row_to + 0.01));
}

TEST_CASE("a row that would leave one line behind moves to the next page whole",
          "[pdf][paginate]") {
    TextContext context;
    double line = lines_of(context, 1).height();
    Flow flow;
    flow.text(TextItem(lines_of(context, 6)));
    flow.row(row_of_lines(context, {4}));
    double padding = 2 * flow.rows[0].padding;
    // After the paragraph there is room for one line of the row and its padding.
    Pagination p = paginate(flow, 0, 7 * line + padding + 0.001);
    std::vector<Placement> parts = slices(p, 1);
    REQUIRE(parts.size() == 1);
    CHECK(parts[0].page == 1);
    CHECK(parts[0].row_to < 0); // all of it
}

// Pagination: no single widow or orphan line, headings kept with what follows, table header
// rows repeated on each page a table spans, destinations on the page of their piece.
#include "pdf/paginate.hpp"

#include <catch2/catch.hpp>

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

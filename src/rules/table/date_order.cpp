#include "model/plain_text.hpp"
#include "rules/helpers/table_dates.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace clerk::check {

namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    std::size_t start = s.find_first_not_of(' ');
    return start == std::string::npos ? std::string() : s.substr(start);
}

void check_table(const Document& document, const Block& table, std::vector<Diagnostic>& out) {
    std::vector<std::vector<std::string>> rows;
    for (const TableRow& row : table.rows) {
        std::vector<std::string> cells;
        for (const TableCell& cell : row.cells)
            cells.push_back(trimmed(plain_text(cell.inlines)));
        rows.push_back(std::move(cells));
    }
    if (rows.size() < 2) return;
    // A header written over two rows ("Date" above "Received") is read as one.
    std::size_t header_rows = header_row_count(rows);
    std::vector<std::string> headers;
    for (std::size_t r = 0; r < header_rows; ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            if (headers.size() <= c) headers.resize(c + 1);
            headers[c] += (headers[c].empty() ? "" : " ") + rows[r][c];
        }
    std::vector<OrderedColumns> pairs = ordered_date_columns(headers);
    for (std::size_t r = header_rows; r < rows.size(); ++r) {
        for (const OrderedColumns& p : pairs) {
            if (p.earlier >= rows[r].size() || p.later >= rows[r].size()) continue;
            auto earlier = parse_cell_date(rows[r][p.earlier]);
            auto later = parse_cell_date(rows[r][p.later]);
            if (!earlier || !later || !(*later < *earlier)) continue;
            const TableCell& cell = table.rows[r].cells[p.later];
            std::string first = rows[r].empty() ? "" : rows[r][0];
            out.push_back(
                finding(document, {cell.pos, cell.pos},
                        fmt::format("dates run backwards in the row '{}': {} {} is before {} {}",
                                    first, headers[p.later], rows[r][p.later], headers[p.earlier],
                                    rows[r][p.earlier]),
                        "check both dates against the case file"));
        }
    }
}

void walk(const Document& document, const std::vector<Block>& blocks,
          std::vector<Diagnostic>& out) {
    for (const Block& block : blocks) {
        if (block.kind == BlockKind::Table) check_table(document, block, out);
        walk(document, block.children, out);
    }
}

void find_table_date_order(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    for (const Unit& unit : ctx.document.units)
        walk(ctx.document, unit.blocks, out);
}

} // namespace

Rule rule_table_date_order() {
    return {"table/date-order", Severity::Warning,
            "a table row whose dates run backwards between columns that name an order",
            "What it does: in a table whose column headers name an order of events (received "
            "and decided, opened and closed, start and end, from and to, set and due), reports a "
            "row whose later date is before its earlier one. Headers written over two rows "
            "('Date' above 'Received') are read as one; dates may be written 16/12/22, "
            "16.12.2022, 2022-12-16 or 16 December 2022 (day first). Why: a complaint decided "
            "before it was received is a typing slip in a report the committee relies on. "
            "Example: a case received 18/10/23 and decided 16/12/22.",
            find_table_date_order};
}

} // namespace clerk::check

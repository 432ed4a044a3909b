// Dates in tables: reading the dates councils write in cells, and finding the columns whose
// headers name an order of events (received, then decided; opened, then closed; start,
// then end), so that a row whose dates run backwards can be reported.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::check {

/// A calendar date.
struct CalendarDate {
    int year = 0;
    int month = 0;
    int day = 0;

    friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;
};

/// Reads a cell that is a date, as councils write them: "16/12/22", "16/12/2022",
/// "16.12.2022", "2022-12-16", "16 December 2022", "16th Dec 2022" (day first, as in the
/// UK; two-digit years are 20xx). Surrounding spaces are allowed, other words are not.
/// Empty for anything else, including dates that do not exist (31/2/23).
std::optional<CalendarDate> parse_cell_date(std::string_view cell);

/// Two columns of a table whose dates must not run backwards: `earlier` names the event
/// that comes first (received, opened, start, from, set), `later` the one that follows
/// (decided, closed, end, to, due).
struct OrderedColumns {
    std::size_t earlier = 0;
    std::size_t later = 0;
};

/// The ordered column pairs named by a table's headers. `headers` holds each column's
/// header text; a header split over two rows ("Date" above "Received") is joined first.
std::vector<OrderedColumns> ordered_date_columns(const std::vector<std::string>& headers);

/// How many leading rows of a table are header rows: rows with no date in any cell, at most
/// three, the first always. `rows` are the cells' text.
std::size_t header_row_count(const std::vector<std::vector<std::string>>& rows);

} // namespace clerk::check

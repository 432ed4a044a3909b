#include "rules/helpers/table_dates.hpp"

#include <catch2/catch.hpp>

using namespace clerk::check;

TEST_CASE("cell dates as councils write them", "[check][table-dates]") {
    CHECK(parse_cell_date("16/12/22") == CalendarDate{2022, 12, 16});
    CHECK(parse_cell_date(" 18/10/2023 ") == CalendarDate{2023, 10, 18});
    CHECK(parse_cell_date("6.9.23") == CalendarDate{2023, 9, 6});
    CHECK(parse_cell_date("2022-12-16") == CalendarDate{2022, 12, 16});
    CHECK(parse_cell_date("16-12-2022") == CalendarDate{2022, 12, 16});
    CHECK(parse_cell_date("16 December 2022") == CalendarDate{2022, 12, 16});
    CHECK(parse_cell_date("1st Sept 2023") == CalendarDate{2023, 9, 1});
    CHECK(parse_cell_date("3rd March, 2023") == CalendarDate{2023, 3, 3});
    CHECK(parse_cell_date("29/2/24") == CalendarDate{2024, 2, 29});
    for (const char* not_a_date : {"", "1259", "1325 a", "2022/23", "31/2/23", "29/2/23",
                                   "16/13/22", "Matter under consideration", "12.5", "10.30 am",
                                   "16 Decembre 2022", "16/12/22 (revised)", "2022-16-12"}) {
        INFO(not_a_date);
        CHECK_FALSE(parse_cell_date(not_a_date));
    }
}

TEST_CASE("headers that name an order of events", "[check][table-dates]") {
    auto pairs = ordered_date_columns(
        {"Case Ref", "Date Received", "Complainant", "Decision", "Date of decision"});
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].earlier == 1);
    CHECK(pairs[0].later == 3);
    CHECK(pairs[1].later == 4);

    auto span = ordered_date_columns({"Action", "Start", "End"});
    REQUIRE(span.size() == 1);
    CHECK((span[0].earlier == 1 && span[0].later == 2));

    auto from_to = ordered_date_columns({"Post", "From", "To"});
    REQUIRE(from_to.size() == 1);
    CHECK(from_to[0].earlier == 1);

    auto opened = ordered_date_columns({"Opened", "Closed"});
    REQUIRE(opened.size() == 1);

    // No order: two dates of the same kind, or headers that name no event.
    CHECK(ordered_date_columns({"Date", "Meeting", "Date"}).empty());
    CHECK(ordered_date_columns({"Due", "Completed"}).empty());
    CHECK(ordered_date_columns({"Received", "Acknowledged"}).empty());
    // "To" ends only a "From" column.
    CHECK(ordered_date_columns({"Date received", "Sent to"}).empty());
}

TEST_CASE("header rows run until the first row with a date", "[check][table-dates]") {
    CHECK(header_row_count({{"Case", "Date", "Date of"},
                            {"Ref", "Received", "decision"},
                            {"1259", "18/10/23", "16/12/22"}}) == 2);
    CHECK(header_row_count({{"Ref", "Received"}, {"1", "1/2/23"}}) == 1);
    CHECK(header_row_count({{"1/1/23", "2/2/23"}, {"1", "1/2/23"}}) == 1);
}

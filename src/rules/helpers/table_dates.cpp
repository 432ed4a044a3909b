#include "rules/helpers/table_dates.hpp"

#include "model/ascii.hpp"
#include "text/text_runs.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace clerk::check {

namespace {

bool valid(const CalendarDate& d) {
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < 1900 || d.year > 2199 || d.month < 1 || d.month > 12 || d.day < 1) return false;
    bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    return d.day <= kDays[static_cast<std::size_t>(d.month - 1)] + (d.month == 2 && leap ? 1 : 0);
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// Reads digits at `i`; returns -1 when there are none or more than `max_digits`.
int read_number(std::string_view s, std::size_t& i, std::size_t max_digits) {
    std::size_t start = i;
    int value = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) &&
           i - start < max_digits + 1) {
        value = value * 10 + (s[i] - '0');
        ++i;
    }
    std::size_t n = i - start;
    return n == 0 || n > max_digits ? -1 : value;
}

int month_named(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    std::string w = ascii_lower(word);
    if (!w.empty() && w.back() == '.') w.pop_back();
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        if (w == kMonths[m]) return static_cast<int>(m) + 1;
        if (w.size() >= 3 && kMonths[m].substr(0, w.size()) == w &&
            (w.size() == 3 || (m == 8 && w == "sept")))
            return static_cast<int>(m) + 1;
    }
    return 0;
}

int full_year(int year, std::size_t digits) {
    return digits == 2 ? 2000 + year : year;
}

// "16/12/22", "16.12.2022", "16-12-2022", "2022-12-16".
std::optional<CalendarDate> numeric_date(std::string_view s) {
    std::size_t i = 0;
    int a = read_number(s, i, 4);
    std::size_t a_digits = i;
    if (a < 0 || i >= s.size()) return std::nullopt;
    char sep = s[i];
    if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
    ++i;
    int b = read_number(s, i, 2);
    if (b < 0 || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
    std::size_t c_start = i;
    int c = read_number(s, i, 4);
    if (c < 0 || i != s.size()) return std::nullopt;
    std::size_t c_digits = i - c_start;
    CalendarDate d;
    if (a_digits == 4 && sep == '-') {
        if (c_digits > 2) return std::nullopt;
        d = {a, b, c};
    } else {
        if (a_digits > 2 || (c_digits != 2 && c_digits != 4)) return std::nullopt;
        d = {full_year(c, c_digits), b, a};
    }
    if (!valid(d)) return std::nullopt;
    return d;
}

// "16 December 2022", "16th Dec 2022", "1st March, 2023".
std::optional<CalendarDate> written_date(std::string_view s) {
    std::size_t i = 0;
    int day = read_number(s, i, 2);
    if (day < 0) return std::nullopt;
    for (std::string_view suffix : {"st", "nd", "rd", "th"})
        if (s.substr(i, 2) == suffix) i += 2;
    if (i >= s.size() || s[i] != ' ') return std::nullopt;
    while (i < s.size() && s[i] == ' ')
        ++i;
    std::size_t word = i;
    while (i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) || s[i] == '.'))
        ++i;
    int month = month_named(s.substr(word, i - word));
    if (month == 0) return std::nullopt;
    if (i < s.size() && s[i] == ',') ++i;
    while (i < s.size() && s[i] == ' ')
        ++i;
    std::size_t year_start = i;
    int year = read_number(s, i, 4);
    if (year < 0 || i != s.size()) return std::nullopt;
    CalendarDate d{full_year(year, i - year_start), month, day};
    if (!valid(d)) return std::nullopt;
    return d;
}

// The words of a header, case folded.
std::vector<std::string> header_words(std::string_view header) {
    std::string folded = text::fold_case(header);
    std::vector<std::string> words;
    for (const text::Word& w : text::split_words(folded))
        words.emplace_back(w.text);
    return words;
}

enum class Event { None, Beginning, Ending };

// What a header says its dates mark. "Date received" begins a case and "Date of decision"
// ends it; a header naming neither ("Date", "Meeting") takes part in no order. "To" ends
// only a "From" column, so it is kept apart.
Event event_of(const std::vector<std::string>& words, bool& is_to, bool& is_from) {
    static constexpr std::array<std::string_view, 17> kBeginnings{
        "received", "receipt", "opened",  "raised",    "submitted", "lodged",
        "logged",   "start",   "started", "commenced", "issued",    "requested",
        "referred", "applied", "set",     "assigned",  "reported"};
    static constexpr std::array<std::string_view, 17> kEndings{
        "decided",   "decision",  "determined", "closed",   "resolved", "completed",
        "concluded", "responded", "response",   "end",      "ended",    "finished",
        "finish",    "returned",  "due",        "deadline", "outcome"};
    is_to = is_from = false;
    Event event = Event::None;
    for (const std::string& w : words) {
        if (w == "to" && words.size() <= 2) is_to = true;
        if (w == "from" && words.size() <= 2) is_from = true;
        if (std::find(kBeginnings.begin(), kBeginnings.end(), w) != kBeginnings.end())
            event = event == Event::Ending ? Event::None : Event::Beginning;
        else if (std::find(kEndings.begin(), kEndings.end(), w) != kEndings.end())
            event = event == Event::Beginning ? Event::None : Event::Ending;
    }
    return event;
}

} // namespace

std::optional<CalendarDate> parse_cell_date(std::string_view cell) {
    std::string_view s = trim(cell);
    if (s.empty() || !std::isdigit(static_cast<unsigned char>(s.front()))) return std::nullopt;
    if (auto d = numeric_date(s)) return d;
    return written_date(s);
}

std::vector<OrderedColumns> ordered_date_columns(const std::vector<std::string>& headers) {
    std::vector<Event> events;
    std::vector<bool> to, from;
    for (const std::string& h : headers) {
        bool is_to = false, is_from = false;
        events.push_back(event_of(header_words(h), is_to, is_from));
        to.push_back(is_to);
        from.push_back(is_from);
    }
    std::vector<OrderedColumns> out;
    for (std::size_t a = 0; a < headers.size(); ++a)
        for (std::size_t b = 0; b < headers.size(); ++b) {
            if (a == b) continue;
            bool named = events[a] == Event::Beginning && events[b] == Event::Ending;
            bool from_to = from[a] && to[b] && a < b;
            if (named || from_to) out.push_back({a, b});
        }
    return out;
}

std::size_t header_row_count(const std::vector<std::vector<std::string>>& rows) {
    std::size_t count = 0;
    for (const auto& row : rows) {
        bool has_date = std::any_of(row.begin(), row.end(), [](const std::string& c) {
            return parse_cell_date(c).has_value();
        });
        if ((has_date && count > 0) || count == 3) break;
        ++count;
    }
    return count;
}

} // namespace clerk::check

#include "load/clause_label.hpp"

#include <cctype>

namespace clerk {

namespace {

bool all_of(std::string_view s, int (*test)(int)) {
    if (s.empty()) return false;
    for (char c : s)
        if (!test(static_cast<unsigned char>(c))) return false;
    return true;
}

bool is_roman(std::string_view s) {
    return roman_value(s) > 0;
}

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

} // namespace

int roman_value(std::string_view numeral) {
    if (numeral.empty() || numeral.size() > 7) return 0;
    auto digit = [](char c) {
        switch (c) {
        case 'i':
            return 1;
        case 'v':
            return 5;
        case 'x':
            return 10;
        case 'l':
            return 50;
        case 'c':
            return 100;
        default:
            return 0;
        }
    };
    int total = 0;
    for (std::size_t i = 0; i < numeral.size(); ++i) {
        int v = digit(lower(numeral[i]));
        if (v == 0) return 0;
        int next = i + 1 < numeral.size() ? digit(lower(numeral[i + 1])) : 0;
        total += next > v ? -v : v;
    }
    // Only the canonical spelling counts: "iiii" or "vx" are not numerals.
    static const char* const canonical[] = {"",    "i",    "ii",    "iii",  "iv",    "v",   "vi",
                                            "vii", "viii", "ix",    "x",    "xi",    "xii", "xiii",
                                            "xiv", "xv",   "xvi",   "xvii", "xviii", "xix", "xx",
                                            "xxi", "xxii", "xxiii", "xxiv", "xxv"};
    if (total <= 0 || total > 25) return 0;
    std::string low;
    for (char c : numeral)
        low += lower(c);
    return low == canonical[total] ? total : 0;
}

std::optional<LabelMatch> match_clause_label(std::string_view text) {
    std::size_t i = 0;
    bool open = !text.empty() && text[0] == '(';
    if (open) ++i;
    std::size_t start = i;
    while (i < text.size() && i - start < 8 && std::isalnum(static_cast<unsigned char>(text[i])))
        ++i;
    std::string_view value = text.substr(start, i - start);
    if (value.empty() || i >= text.size()) return std::nullopt;
    char close = text[i];
    if (open ? close != ')' : (close != ')' && close != '.')) return std::nullopt;
    bool digits = all_of(value, std::isdigit);
    bool letters = all_of(value, std::isalpha);
    if (!digits && !letters) return std::nullopt;
    bool upper = letters && all_of(value, std::isupper);
    if (letters && !upper && !all_of(value, std::islower)) return std::nullopt;
    LabelMatch m;
    m.value = std::string(value);
    m.digits = digits;
    m.upper = upper;
    m.roman = letters && is_roman(value);
    // One letter, or a doubled letter ("aa") as lists run on past z.
    m.alpha = letters && (value.size() == 1 || (value.size() == 2 && value[0] == value[1]));
    if (digits && (value.size() > 2 || value[0] == '0')) return std::nullopt;
    if (letters && !m.alpha && !m.roman) return std::nullopt;
    // "1." and "1)" open ordered lists and headings; numbers are labels only in brackets.
    if (digits && !open) return std::nullopt;
    // "A.", "a." and roman numerals ("ii.", as a list of type "i" shows them); "No." is a
    // word, not a label.
    if (close == '.' && (digits || (value.size() != 1 && !m.roman))) return std::nullopt;
    ++i;
    std::size_t after = i;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    if (i == after || i >= text.size()) return std::nullopt;
    // "A. Smith" reads as initials when a capital word of two or more letters and a full
    // stop follow closely; a label is followed by a clause.
    // "a. treat each other ..." is a label as "a." shows it; "A." needs a capital after it.
    if (close == '.' && upper && !std::isupper(static_cast<unsigned char>(text[i])))
        return std::nullopt;
    m.written = std::string(text.substr(0, after));
    m.length = i;
    return m;
}

bool label_follows(std::string_view previous, std::string_view next, LabelStyle style) {
    switch (style) {
    case LabelStyle::Digits: {
        if (previous.empty() || next.empty()) return false;
        return std::stoi(std::string(next)) == std::stoi(std::string(previous)) + 1;
    }
    case LabelStyle::LowerRoman:
    case LabelStyle::UpperRoman:
        return roman_value(previous) > 0 && roman_value(next) == roman_value(previous) + 1;
    case LabelStyle::LowerAlpha:
    case LabelStyle::UpperAlpha:
        if (previous.size() == 1 && next.size() == 1)
            return lower(next[0]) == lower(previous[0]) + 1;
        if (previous == "z" || previous == "Z") return next.size() == 2 && lower(next[0]) == 'a';
        return previous.size() == 2 && next.size() == 2 && lower(next[0]) == lower(previous[0]) + 1;
    }
    return false;
}

} // namespace clerk

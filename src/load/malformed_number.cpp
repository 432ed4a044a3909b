#include "load/malformed_number.hpp"

#include <cctype>
#include <vector>

namespace clerk {

namespace {

bool is_digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// A letter typed for a digit: O or o for 0, l or I for 1.
char digit_for_letter(char c) {
    if (c == 'O' || c == 'o') return '0';
    if (c == 'l' || c == 'I') return '1';
    return 0;
}

std::vector<std::string> components(std::string_view number) {
    std::vector<std::string> out;
    std::string current;
    for (char c : number) {
        if (c == '.') {
            out.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    out.push_back(current);
    return out;
}

bool all_digits(const std::string& s) {
    if (s.empty() || s.size() > 6 || s[0] == '0') return false;
    for (char c : s)
        if (!is_digit(c)) return false;
    return true;
}

bool is_number(std::string_view text) {
    for (const std::string& c : components(text))
        if (!all_digits(c)) return false;
    return !text.empty();
}

std::string join(const std::vector<std::string>& parts, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count && i < parts.size(); ++i)
        out += (i ? "." : "") + parts[i];
    return out;
}

// `parts[0..count)` with the last one increased by one.
std::string next_at(const std::vector<std::string>& parts, std::size_t count) {
    std::vector<std::string> head(parts.begin(),
                                  parts.begin() + static_cast<std::ptrdiff_t>(count));
    head.back() = std::to_string(std::stoi(head.back()) + 1);
    return join(head, count);
}

// What may follow a number: clause text opens with a capital, a quotation mark, a bracket
// or emphasis.
bool opens_clause_text(std::string_view rest) {
    if (rest.empty()) return false;
    unsigned char c = static_cast<unsigned char>(rest.front());
    return std::isupper(c) || c == '"' || c == '(' || c == '*' || c == '_' || c >= 0x80;
}

} // namespace

std::optional<MalformedNumber> match_malformed_number(std::string_view text) {
    // The first component is digits only: "O.5" is not a number.
    if (text.empty() || !is_digit(text[0]) || text[0] == '0') return std::nullopt;
    MalformedNumber out;
    std::string repaired;
    bool letter = false;
    std::size_t i = 0;
    // One component: one or two digits, or letters standing for digits after the first.
    auto read_component = [&](bool first) -> bool {
        std::size_t start = i;
        while (i < text.size() && i - start < 3 &&
               (is_digit(text[i]) || (!first && digit_for_letter(text[i]))))
            ++i;
        if (i == start || i - start > 2) return false;
        // The component ends the word: "5.Officers" is not "5.0fficers".
        if (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) return false;
        for (std::size_t k = start; k < i; ++k) {
            letter = letter || !is_digit(text[k]);
            repaired += is_digit(text[k]) ? text[k] : digit_for_letter(text[k]);
        }
        return true;
    };
    if (!read_component(true)) return std::nullopt;
    int separators = 0;
    while (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        std::size_t start = i;
        if (text[i] == ',') {
            ++i;
            out.slip = "a comma for a dot";
        } else {
            while (i < text.size() && text[i] == '.')
                ++i;
            if (i - start > 1) out.slip = "a doubled dot";
        }
        bool component_follows =
            i < text.size() && (is_digit(text[i]) || digit_for_letter(text[i]));
        if (!component_follows) {
            // One trailing dot ends the number ("5,7. Text"); anything else is not a number.
            if (i - start != 1 || text[start] != '.') return std::nullopt;
            break;
        }
        repaired += '.';
        if (!read_component(false) || ++separators > 5) return std::nullopt;
    }
    if (letter && out.slip.empty()) out.slip = "a letter where a digit should be";
    if (separators == 0 || out.slip.empty()) return std::nullopt; // not a slip
    out.written = std::string(text.substr(0, i));
    std::size_t spaces = i;
    while (spaces < text.size() && (text[spaces] == ' ' || text[spaces] == '\t'))
        ++spaces;
    if (spaces == i || !opens_clause_text(text.substr(spaces))) return std::nullopt;
    out.length = spaces;
    // A letter for a digit is repaired only where the result is a number ("5.1O" is 5.10);
    // "5.O" would be 5.0, which no document numbers.
    if (is_number(repaired)) out.repaired = repaired;
    return out;
}

bool continues_numbering(std::string_view previous, std::string_view number) {
    if (!is_number(previous) || !is_number(number)) return false;
    std::vector<std::string> prev = components(previous);
    for (std::size_t k = 1; k <= prev.size(); ++k)
        if (next_at(prev, k) == number) return true;
    return std::string(previous) + ".1" == number;
}

std::string next_number_like(std::string_view previous, std::string_view like) {
    if (!is_number(previous)) return {};
    std::vector<std::string> prev = components(previous);
    std::vector<std::string> want = components(like);
    std::string out;
    if (want.size() <= prev.size())
        out = next_at(prev, want.size());
    else if (want.size() == prev.size() + 1)
        out = std::string(previous) + ".1";
    else
        return {};
    // The components written as digits must agree with the number found.
    std::vector<std::string> got = components(out);
    for (std::size_t k = 0; k < want.size(); ++k)
        if (all_digits(want[k]) && k + 1 < want.size() && want[k] != got[k]) return {};
    return out;
}

std::string run_together_number(std::string_view previous, std::string_view number) {
    if (!is_number(previous) || !is_number(number) || continues_numbering(previous, number))
        return {};
    std::vector<std::string> prev = components(previous);
    std::vector<std::string> parts = components(number);
    // Only a number shallower than the one before it, read as that one's next sibling:
    // "7.17" after "7.1.6", not "2.11" after "2.1" (a gap, or a slip of another kind).
    if (parts.size() + 1 != prev.size()) return {};
    std::string sibling = next_at(prev, prev.size());
    std::string written(number);
    for (std::size_t i = 1; i < written.size(); ++i) {
        if (!is_digit(written[i - 1]) || !is_digit(written[i])) continue;
        std::string candidate = written.substr(0, i) + "." + written.substr(i);
        if (candidate == sibling) return candidate;
    }
    return {};
}

} // namespace clerk

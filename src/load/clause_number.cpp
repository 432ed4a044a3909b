#include "load/clause_number.hpp"

#include "text/pattern.hpp"

#include <array>
#include <cctype>

namespace clerk {

namespace {

bool starts_with_word(std::string_view text, std::string_view word) {
    if (text.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
    return text.size() == word.size() ||
           !std::isalpha(static_cast<unsigned char>(text[word.size()]));
}

// The lower-case first letter of `text`, or 0: a cheap test before the word lists.
char first_letter(std::string_view text) {
    return text.empty() ? 0 : static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
}

bool starts_with_month(std::string_view text) {
    if (std::string_view("jfmasond").find(first_letter(text)) == std::string_view::npos)
        return false;
    static constexpr std::array<std::string_view, 21> months{
        "january", "february",  "march",   "april",    "may",      "june", "july",
        "august",  "september", "october", "november", "december", "jan",  "feb",
        "mar",     "apr",       "jun",     "jul",      "aug",      "sep",  "oct"};
    for (auto m : months)
        if (starts_with_word(text, m)) return true;
    return starts_with_word(text, "nov") || starts_with_word(text, "dec");
}

bool starts_with_time_word(std::string_view text) {
    if (std::string_view("aphn").find(first_letter(text)) == std::string_view::npos) return false;
    for (auto w : {"am", "pm", "a.m", "p.m", "hrs", "hours", "hours.", "noon"})
        if (starts_with_word(text, w)) return true;
    return false;
}

// Scans "d(.d)*" with no leading zeros. A component after the first has 1-3 digits (a
// date's year, "1.5.2020", is not a clause); the first may have up to 6, so that a long
// constitution's section 1000 is read, but one of 4 or more digits needs a further
// component or a trailing dot ("1000.2", "1000."): alone it is a year ("2020 Review").
// Returns the number of components and the end offset (before any trailing dot).
struct Scanned {
    int components = 0;
    std::size_t end = 0;
};

Scanned scan_number(std::string_view text) {
    Scanned s;
    std::size_t i = 0;
    while (true) {
        std::size_t start = i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
            ++i;
        std::size_t digits = i - start;
        std::size_t most = s.components == 0 ? 6 : 3;
        if (digits == 0 || digits > most || (digits > 1 && text[start] == '0')) return {};
        ++s.components;
        s.end = i;
        if (i + 1 < text.size() && text[i] == '.' &&
            std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
            ++i;
            continue;
        }
        bool dotted = i < text.size() && text[i] == '.';
        if (s.components == 1 && digits > 3 && !dotted) return {};
        return s;
    }
}

std::optional<NumberMatch> match_number(std::string_view text, int min_components) {
    Scanned s = scan_number(text);
    if (s.components < min_components) return std::nullopt;
    std::size_t i = s.end;
    bool trailing_dot = i < text.size() && text[i] == '.';
    if (trailing_dot) ++i;
    // The number must stand alone: followed by spaces (or nothing, for a bare heading number).
    std::size_t spaces = i;
    while (spaces < text.size() && (text[spaces] == ' ' || text[spaces] == '\t'))
        ++spaces;
    if (spaces == i && spaces != text.size()) return std::nullopt;
    std::string_view rest = text.substr(spaces);
    if (starts_with_month(rest) || starts_with_time_word(rest)) return std::nullopt;
    NumberMatch m;
    m.id = std::string(text.substr(0, s.end));
    m.written = std::string(text.substr(0, i));
    m.length = spaces;
    return m;
}

// "Section 1 – Purpose", "PART 2: Scope", "Section 3": a heading that names its level before
// its number, then a dash, colon or full stop, or a capital, or nothing.
std::optional<NumberMatch> match_named_heading_number(std::string_view text) {
    std::size_t at = 0;
    for (std::string_view word : {"section", "part"})
        if (starts_with_word(text, word) && text.size() > word.size() && text[word.size()] == ' ')
            at = word.size();
    if (at == 0) return std::nullopt;
    while (at < text.size() && text[at] == ' ')
        ++at;
    Scanned number = scan_number(text.substr(at));
    if (number.components == 0) return std::nullopt;
    std::size_t end = at + number.end;
    std::size_t i = end;
    auto skip_spaces = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
    };
    bool separated = false;
    if (i < text.size() && (text[i] == '.' || text[i] == ':')) {
        ++i;
        separated = true;
    }
    skip_spaces();
    for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "-", ":"})
        if (!separated && text.substr(i, dash.size()) == dash) {
            i += dash.size();
            separated = true;
            skip_spaces();
        }
    if (i < text.size() && !separated && i == end) return std::nullopt; // "Section 1A"
    if (i < text.size() && !separated && std::islower(static_cast<unsigned char>(text[i])))
        return std::nullopt; // "Section 3 applies": prose, not a heading
    NumberMatch m;
    m.id = std::string(text.substr(at, number.end));
    m.written = std::string(text.substr(0, end));
    m.length = i;
    return m;
}

} // namespace

std::optional<NumberMatch> match_heading_number(std::string_view text) {
    if (auto named = match_named_heading_number(text)) return named;
    auto m = match_number(text, 1);
    if (!m) return m;
    std::string_view rest = text.substr(m->length);
    // "2020 Review" is a year, caught by the scan; "3 Councillors" is a count
    // when there is no dot and only one level.
    if (m->id.find('.') == std::string::npos && m->written.back() != '.' && !rest.empty() &&
        std::islower(static_cast<unsigned char>(rest.front())))
        return std::nullopt;
    return m;
}

std::optional<NumberMatch> match_clause_number(std::string_view text) {
    auto m = match_number(text, 2);
    if (!m) return m;
    std::string_view rest = text.substr(m->length);
    if (rest.empty()) return m;
    unsigned char first = static_cast<unsigned char>(rest.front());
    // Clause text opens with a capital, a quotation mark or a bracket; "1.5 million" and
    // "2.0 draft" do not. Three levels are no measure: "1.4.1 meetings of ..." is a clause.
    if ((std::islower(first) && m->id.find('.') == m->id.rfind('.')) || std::isdigit(first))
        return std::nullopt;
    if (first == '%' || first == '-' || first == '/' || first == ':' || first == ',')
        return std::nullopt;
    return m;
}

std::optional<AppendixMatch> match_appendix(std::string_view text) {
    static const ::clerk::text::Pattern pattern(
        R"((Appendix|APPENDIX|Annex|ANNEX|Schedule|SCHEDULE)\s+([0-9]{1,3}|[A-Z])\b\.?\s*(?:(?:–|—|-|:|\.)\s*)?((?s:.*)))");
    ::clerk::text::PatternMatch m;
    if (!pattern.full_match(text, &m)) return std::nullopt;
    AppendixMatch out;
    std::string word = m.str(1);
    for (auto& c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string label = m.str(2);
    out.written = m.str(1) + " " + label;
    for (auto& c : label)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.id = word + "-" + label;
    out.title = m.str(3);
    return out;
}

std::string take_explicit_id(std::string& text) {
    static const ::clerk::text::Pattern pattern(R"(\s*\{#([A-Za-z][A-Za-z0-9_.:-]*)\}\s*$)");
    ::clerk::text::PatternMatch m;
    if (!pattern.search(text, m)) return {};
    std::string id = m.str(1);
    text.erase(m.begin(0));
    return id;
}

bool is_number_prefix(std::string_view prefix, std::string_view number) {
    if (prefix.empty() || number.size() <= prefix.size()) return false;
    return number.substr(0, prefix.size()) == prefix && number[prefix.size()] == '.';
}

} // namespace clerk

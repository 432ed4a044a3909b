#include "import/numbering_styles.hpp"

#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"

#include <cctype>

namespace clerk::import {

bool is_capitals(std::string_view text) {
    std::size_t letters = 0;
    for (char c : text) {
        if (std::islower(static_cast<unsigned char>(c))) return false;
        if (std::isupper(static_cast<unsigned char>(c))) ++letters;
    }
    return letters >= 3;
}

bool is_title_case(std::string_view text) {
    std::size_t long_words = 0, capitals = 0;
    for (std::string_view w : split_words(text)) {
        if (display_length(w) < 4) continue;
        ++long_words;
        if (is_upper(first_char(w))) ++capitals;
    }
    return long_words > 0 && capitals * 3 >= long_words * 2;
}

std::optional<NumberMatch> match_undotted_section(std::string_view text) {
    auto m = match_heading_number(text);
    if (!m || m->id.find('.') != std::string::npos || m->written.back() == '.') return std::nullopt;
    std::string_view rest = trim_view(text.substr(m->length));
    if (rest.empty() || split_words(rest).size() > 14 || ends_sentence(rest)) return std::nullopt;
    if (last_char(rest) == ',') return std::nullopt;
    if (!is_capitals(rest) && !(starts_upper(rest) && is_title_case(rest))) return std::nullopt;
    return m;
}

std::optional<LabelMatch> match_label_line(std::string_view text) {
    return match_clause_label(text);
}

bool is_capitals_heading(std::string_view text) {
    std::string_view t = trim_view(text);
    if (!is_capitals(t) || split_words(t).size() > 12) return false;
    char32_t last = last_char(t);
    return last != '.' && last != ',' && last != ';';
}

bool untab_number(std::string& text) {
    std::size_t tab = text.find('\t');
    if (tab == std::string::npos || tab == 0) return false;
    std::string head = text.substr(0, tab) + " x";
    bool numbered = match_clause_number(head) || match_heading_number(head) ||
                    match_clause_label(head) || match_appendix_line(text.substr(0, tab));
    if (!numbered) return false;
    std::size_t end = tab;
    while (end < text.size() && (text[end] == '\t' || text[end] == ' '))
        ++end;
    // The rest must be running text, not more cells.
    if (text.find('\t', end) != std::string::npos) return false;
    text = text.substr(0, tab) + " " + text.substr(end);
    return true;
}

bool split_place_title(std::string_view text, std::string& place, std::string& title) {
    std::string_view t = trim_view(text);
    if (t.size() > 300) return false;
    std::string lower = ascii_lower(t.substr(0, 8));
    std::string word;
    if (lower.rfind("part ", 0) == 0)
        word = "Part";
    else if (lower.rfind("section ", 0) == 0)
        word = "Section";
    else
        return false;
    std::size_t i = word.size();
    while (i < t.size() && t[i] == ' ')
        ++i;
    std::size_t number_start = i;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])))
        ++i;
    if (i == number_start || i - number_start > 2) return false;
    if (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i])) &&
        (i + 1 == t.size() || !std::isalpha(static_cast<unsigned char>(t[i + 1]))))
        ++i; // "Part 5A"
    std::size_t j = i;
    while (j < t.size() && t[j] == ' ')
        ++j;
    if (j < t.size() && t[j] == '(') { // "Part 5(d)"
        std::size_t close = t.find(')', j);
        if (close == std::string_view::npos || close - j > 5) return false;
        i = close + 1;
    }
    std::string label = word + std::string(t.substr(word.size(), i - word.size()));
    std::size_t k = i;
    while (k < t.size() && t[k] == ' ')
        ++k;
    // The separator: a dash of any kind or a colon.
    for (std::string_view dash : {"–", "—", "-", ":"}) {
        if (t.substr(k, dash.size()) == dash) {
            std::string rest = trim_copy(t.substr(k + dash.size()));
            if (rest.empty()) return false;
            // Collapse the spaces inside the label ("Part  5(d)").
            std::string clean;
            for (char c : label)
                if (!(c == ' ' && !clean.empty() && clean.back() == ' ')) clean += c;
            place = clean;
            title = rest;
            return true;
        }
    }
    return false;
}

} // namespace clerk::import

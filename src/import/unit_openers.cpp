#include "import/unit_openers.hpp"

#include "import/text_utils.hpp"

namespace clerk::import {

std::optional<AppendixMatch> match_appendix_line(std::string_view text) {
    std::string head = ascii_lower(text.substr(0, 9));
    bool candidate = head.rfind("appendix", 0) == 0 || head.rfind("annex", 0) == 0 ||
                     head.rfind("schedule", 0) == 0;
    // The recogniser is a regular expression: keep it to heading-sized lines.
    if (!candidate || text.size() > 400 || split_words(text).size() > 20) return std::nullopt;
    return match_appendix(text);
}

std::optional<NumberMatch> match_heading_line(std::string_view text) {
    auto heading = match_heading_number(text);
    if (!heading) return heading;
    if (heading->id.find('.') == std::string::npos && heading->written.back() != '.')
        return std::nullopt;
    return heading;
}

bool reads_as_title(std::string_view text) {
    std::string_view t = trim_view(text);
    auto words = split_words(t);
    if (words.empty() || words.size() > 15) return false;
    char32_t first = first_char(t);
    if (!is_upper(first) && first != '"' && first != 0x201C && first != 0x2018) return false;
    char32_t last = last_char(t);
    return !ends_sentence(t) && last != ',';
}

bool is_heading_line(std::string_view text) {
    auto heading = match_heading_line(text);
    return heading && reads_as_title(text.substr(heading->length));
}

bool opens_numbered_unit(std::string_view text) {
    return match_clause_number(text) || match_heading_line(text) || match_appendix_line(text);
}

} // namespace clerk::import

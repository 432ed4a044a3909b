#include "rules/helpers/act_citations.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace clerk::check {

using namespace text;

namespace {

bool among(std::string_view word, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_joiner(std::string_view w) {
    return among(w, {"of", "and", "the", "for", "to", "on", "in", "&"});
}

// Capitalised words that open a sentence or name a provision, never the start of a title.
bool cannot_start_title(std::string_view w) {
    return among(w, {"Under",   "In",        "By",      "See",        "As",        "If",
                     "Where",   "When",      "While",   "Whilst",     "Following", "Pursuant",
                     "Per",     "Since",     "Also",    "From",       "With",      "Within",
                     "Through", "Via",       "Both",    "Either",     "Note",      "This",
                     "That",    "These",     "Those",   "Its",        "Their",     "Our",
                     "Section", "Sections",  "S",       "Ss",         "Schedule",  "Schedules",
                     "Part",    "Paragraph", "Article", "Regulation", "Chapter",   "The",
                     "An",      "A",         "And",     "Or",         "Of",        "To",
                     "For",     "On",        "At",      "Any",        "All",       "Each",
                     "Every",   "Such",      "New",     "Current",    "Relevant",  "Same"});
}

bool gap_is_joining(std::string_view gap) {
    for (char c : gap)
        if (c != ' ' && c != '(' && c != ')') return false;
    return !gap.empty();
}

bool has_digit(std::string_view w) {
    return std::any_of(w.begin(), w.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

} // namespace

std::string title_key(std::string_view title) {
    std::string out;
    for (std::size_t i = 0; i < title.size(); ++i) {
        char c = title[i];
        if ((c == '\'' || c == '\x92') && i + 1 < title.size() &&
            (title[i + 1] == 's' || title[i + 1] == 'S')) {
            ++i; // "Children's" -> "children"
            continue;
        }
        if (title.substr(i, 3) == "\xE2\x80\x99" && i + 3 < title.size() && title[i + 3] == 's') {
            i += 3;
            continue;
        }
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (c == ' ' && !out.empty() && out.back() != ' ')
            out += ' ';
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    // Singular words, so that "Equalities Act" and "Equality Act" share a key.
    std::string singular;
    std::string word;
    auto flush = [&] {
        if (word.size() > 4 && word.ends_with("ies"))
            word = word.substr(0, word.size() - 3) + "y";
        else if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss") &&
                 !word.ends_with("us") && !word.ends_with("is"))
            word.pop_back();
        singular += (singular.empty() ? "" : " ") + word;
        word.clear();
    };
    for (char c : out) {
        if (c == ' ')
            flush();
        else
            word += c;
    }
    if (!word.empty()) flush();
    return singular;
}

std::vector<ActCitation> find_act_citations(std::string_view text) {
    static const std::regex before(
        R"((?:\b[Ss]ections?|\b[Ss]s?\.)\s*([0-9]+[A-Z]{0,2})\s*((?:\(\s*[0-9a-zA-Z]+\s*\)\s*)*)(?:of\s+(?:the\s+)?)?$)");
    static const std::regex after(
        R"(^,?\s*\(?\s*(?:[Ss]ections?|[Ss]s?\.)\s*([0-9]+[A-Z]{0,2})\s*((?:\(\s*[0-9a-zA-Z]+\s*\))*))");
    std::vector<ActCitation> out;
    std::vector<Word> words = split_words(text);
    for (std::size_t a = 0; a < words.size(); ++a) {
        if (words[a].text != "Act") continue;
        // Walk back over the title.
        std::size_t first = a;
        int lower_words = 0;
        int open_brackets = 0; // ")" crossed while walking back, waiting for their "("
        for (std::size_t k = a; k > 0 && a - k < 12; --k) {
            const Word& prev = words[k - 1];
            std::string_view gap = text.substr(prev.end, words[k].begin - prev.end);
            if (!gap_is_joining(gap) || has_digit(prev.text)) break;
            // "(Health and Care Act 2012)": an unmatched "(" opens an aside, not the title.
            open_brackets += static_cast<int>(std::count(gap.begin(), gap.end(), ')'));
            int opening = static_cast<int>(std::count(gap.begin(), gap.end(), '('));
            if (opening > open_brackets) break;
            open_brackets -= opening;
            bool capital = is_capitalised(prev.text);
            if (!capital && !is_joiner(prev.text)) {
                // One lower-case word between capitalised ones: a mis-capitalised title word.
                bool capital_before =
                    k >= 2 && is_capitalised(words[k - 2].text) &&
                    gap_is_joining(text.substr(words[k - 2].end, prev.begin - words[k - 2].end));
                if (lower_words > 0 || !capital_before || !is_capitalised(words[k].text)) break;
                ++lower_words;
            }
            first = k - 1;
        }
        // Trim words that cannot open a title, and leading joiners.
        while (first < a &&
               (is_joiner(words[first].text) || cannot_start_title(words[first].text) ||
                !is_capitalised(words[first].text)))
            ++first;
        if (first == a) continue;
        ActCitation c;
        c.title_span = {words[first].begin, words[a].end};
        c.title =
            std::string(text.substr(c.title_span.begin, c.title_span.end - c.title_span.begin));
        c.span = c.title_span;
        if (a + 1 < words.size() && words[a + 1].text.size() == 4 && has_digit(words[a + 1].text) &&
            gap_is_joining(text.substr(words[a].end, words[a + 1].begin - words[a].end))) {
            int year = std::atoi(std::string(words[a + 1].text).c_str());
            if (year >= 1200 && year <= 2100) {
                c.year = year;
                c.span.end = words[a + 1].end;
            }
        }
        std::string prefix(text.substr(c.title_span.begin >= 80 ? c.title_span.begin - 80 : 0,
                                       std::min<std::size_t>(80, c.title_span.begin)));
        // Drop a trailing "the " so that "section 114 of the Local ..." matches.
        std::smatch m;
        if (std::regex_search(prefix, m, before)) {
            c.section = m[1].str();
            c.subsection = m[2].str();
            c.span.begin =
                c.title_span.begin - (prefix.size() - static_cast<std::size_t>(m.position(0)));
        } else {
            std::string suffix(text.substr(c.span.end, 40));
            static const std::regex belongs_to_next(R"(^\s*(?:of|in)\s)");
            if (std::regex_search(suffix, m, after) &&
                !std::regex_search(
                    suffix.substr(static_cast<std::size_t>(m.position(0) + m.length(0))),
                    belongs_to_next)) {
                c.section = m[1].str();
                c.subsection = m[2].str();
                c.span.end += static_cast<std::size_t>(m.position(0) + m.length(0));
            }
        }
        c.subsection.erase(std::remove(c.subsection.begin(), c.subsection.end(), ' '),
                           c.subsection.end());
        // "100(A)(4)" is section 100A, subsection (4).
        if (c.subsection.size() >= 3 && c.subsection[0] == '(' &&
            std::isupper(static_cast<unsigned char>(c.subsection[1])) && c.subsection[2] == ')') {
            c.section += c.subsection[1];
            c.subsection.erase(0, 3);
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace clerk::check

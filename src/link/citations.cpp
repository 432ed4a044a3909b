// The citation grammar: Acts of Parliament and provisions of the constitution.
#include "link/citations.hpp"

#include "refdata/reference_data.hpp"
#include "text/pattern.hpp"
#include "text/text_runs.hpp"

#include <algorithm>
#include <cctype>

namespace clerk {

using text::Pattern;
using text::PatternMatch;
using text::Word;

namespace {

bool is_joiner(std::string_view w) {
    return text::is_one_of(w, {"of", "and", "the", "for", "to", "on", "in", "&", "etc"});
}

// Capitalised words that open a sentence or name a provision, never the start of a title.
bool cannot_start_title(std::string_view w) {
    return text::is_one_of(
        w, {"Under",     "In",      "By",        "See",       "As",         "If",      "Where",
            "When",      "While",   "Whilst",    "Following", "Pursuant",   "Per",     "Since",
            "Also",      "From",    "With",      "Within",    "Through",    "Via",     "Both",
            "Either",    "Note",    "This",      "That",      "These",      "Those",   "Its",
            "Their",     "Our",     "Section",   "Sections",  "S",          "Ss",      "Schedule",
            "Schedules", "Part",    "Paragraph", "Article",   "Regulation", "Chapter", "The",
            "An",        "A",       "And",       "Or",        "Of",         "To",      "For",
            "On",        "At",      "Any",       "All",       "Each",       "Every",   "Such",
            "New",       "Current", "Relevant",  "Same"});
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

bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// Splits "(1)(a)" off a section and tidies it.
void tidy_section(ActCitation& c) {
    c.subsection.erase(std::remove(c.subsection.begin(), c.subsection.end(), ' '),
                       c.subsection.end());
    // "100(A)(4)" is section 100A, subsection (4).
    if (c.subsection.size() >= 3 && c.subsection[0] == '(' &&
        std::isupper(static_cast<unsigned char>(c.subsection[1])) && c.subsection[2] == ')') {
        c.section += c.subsection[1];
        c.subsection.erase(0, 3);
    }
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
    std::vector<ActCitation> out;
    if (text.find("Act") == std::string_view::npos) return out;
    // Compiled on first use: a document that names no Act never builds them.
    static const Pattern before(
        R"((?:\b[Ss]ections?|\b[Ss]s?\.)\s*([0-9]+[A-Z]{0,2})\s*((?:\(\s*[0-9a-zA-Z]+\s*\)\s*)*)(?:of\s+(?:the\s+)?)?$)");
    static const Pattern after(
        R"(^,?\s*\(?\s*(?:[Ss]ections?|[Ss]s?\.)\s*([0-9]+[A-Z]{0,2})\s*((?:\(\s*[0-9a-zA-Z]+\s*\))*))");
    static const Pattern belongs_to_next(R"(^\s*(?:of|in)\s)");
    static const Pattern of_the_act(
        R"(\b[Ss]ections?\s+([0-9]+[A-Z]?)((?:\(\w{1,4}\))*)\s+of\s+(?:the|that|this)\s+Act\b)");
    std::vector<Word> words = text::split_words(text);
    for (std::size_t a = 0; a < words.size(); ++a) {
        if (words[a].text != "Act") continue;
        // Walk back over the title.
        std::size_t first = a;
        int lower_words = 0;
        int open_brackets = 0; // ")" crossed while walking back, waiting for their "("
        for (std::size_t k = a; k > 0 && a - k < 12; --k) {
            const Word& prev = words[k - 1];
            std::string_view gap = text.substr(prev.end, words[k].begin - prev.end);
            // "the Health and Safety at Work etc. Act 1974": the one title word with a stop.
            bool etc = prev.text == "etc" && gap == ". ";
            if ((!gap_is_joining(gap) && !etc) || has_digit(prev.text)) break;
            // "(Health and Care Act 2012)": an unmatched "(" opens an aside, not the title.
            open_brackets += static_cast<int>(std::count(gap.begin(), gap.end(), ')'));
            int opening = static_cast<int>(std::count(gap.begin(), gap.end(), '('));
            if (opening > open_brackets) break;
            open_brackets -= opening;
            bool capital = text::is_capitalised(prev.text);
            if (!capital && !is_joiner(prev.text)) {
                // One lower-case word between capitalised ones: a mis-capitalised title word.
                bool capital_before =
                    k >= 2 && text::is_capitalised(words[k - 2].text) &&
                    gap_is_joining(text.substr(words[k - 2].end, prev.begin - words[k - 2].end));
                if (lower_words > 0 || !capital_before || !text::is_capitalised(words[k].text))
                    break;
                ++lower_words;
            }
            first = k - 1;
        }
        // Trim words that cannot open a title, and leading joiners.
        while (first < a &&
               (is_joiner(words[first].text) || cannot_start_title(words[first].text) ||
                !text::is_capitalised(words[first].text)))
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
        std::size_t prefix_begin = c.title_span.begin >= 80 ? c.title_span.begin - 80 : 0;
        std::string_view prefix = text.substr(prefix_begin, c.title_span.begin - prefix_begin);
        PatternMatch m;
        if (before.search(prefix, m)) {
            c.section = m.str(1);
            c.subsection = m.str(2);
            c.span.begin = prefix_begin + m.begin(0);
        } else {
            std::string_view suffix = text.substr(c.span.end, 40);
            PatternMatch next;
            if (after.search(suffix, m) && !belongs_to_next.search(suffix.substr(m.end(0)), next)) {
                c.section = m.str(1);
                c.subsection = m.str(2);
                c.span.end += m.end(0);
            }
        }
        tidy_section(c);
        out.push_back(std::move(c));
    }
    // "Section 2 of the Act": a section of an Act named earlier.
    for (const PatternMatch& m : of_the_act.all(text)) {
        std::size_t b = m.begin(0), e = m.end(0);
        bool inside = std::any_of(out.begin(), out.end(), [&](const ActCitation& c) {
            return b < c.span.end && c.span.begin < e;
        });
        if (inside) continue;
        ActCitation c;
        c.span = {b, e};
        c.title_span = {e - 3, e};
        c.section = m.str(1);
        c.subsection = m.str(2);
        tidy_section(c);
        out.push_back(std::move(c));
    }
    std::sort(out.begin(), out.end(), [](const ActCitation& x, const ActCitation& y) {
        return x.span.begin < y.span.begin;
    });
    return out;
}

std::vector<ConstitutionCitation> find_constitution_citations(std::string_view text) {
    std::vector<ConstitutionCitation> out;
    if (text.find("Part") == std::string_view::npos &&
        text.find("Schedule") == std::string_view::npos &&
        text.find("Article") == std::string_view::npos &&
        text.find("Standing") == std::string_view::npos &&
        text.find("Procedure") == std::string_view::npos)
        return out;
    // One pattern for every form; groups: 1 Article, 2 its Part; 3 Part, 4 its letter, 5 its
    // Schedule; 6 Schedule, 7 its Part; 8 Standing Order or Procedure Rule numbers.
    static const Pattern cite(
        R"(\b(?:Article\s+([0-9]{1,2})(?:\s+(?:in|of)\s+Part\s+([0-9]{1,2}))?)"
        R"(|Part\s+([0-9]{1,2}|[IVX]{1,4})(\s*\(\s*[a-z]\s*\)|[a-z]\b)?(?:(?:\s*,\s*|\s+of\s+|\s+)Schedule\s+([0-9]{1,2}[A-Z]?)\b)?)"
        R"(|Schedule\s+([0-9]{1,2}[A-Z]?)\b(?:\s*,?\s*(?:of|to|in)\s+Part\s+([0-9]{1,2})\b)?)"
        R"(|(?:Standing\s+Orders?|(?:Council\s+)?Procedure\s+Rules?)\s+([0-9]{1,3}(?:\s*(?:,|and|or|to)\s*[0-9]{1,3})*)\b))");
    static const Pattern statute_after(
        R"(^\s*(?:of|to)\s+(?:the\s+)?(?:[A-Z][A-Za-z()]*\s+)*Act\b)");
    static const Pattern schedule_of(R"(^\s*of\s+Schedule)");
    static const Pattern first_number(R"([0-9]{1,3})");
    for (const PatternMatch& m : cite.all(text)) {
        std::size_t begin = m.begin(0);
        std::size_t end = m.end(0);
        while (end > begin && (text[end - 1] == ' ' || text[end - 1] == ','))
            --end;
        if (end < text.size() && is_word_char(text[end])) continue; // "Part 3rd", "Article 12b"
        // "Part 4 (b)"
        std::string letter = m.str(4);
        if (m.matched(3) && !m.matched(4) && !m.matched(5) && text.substr(end, 2) == " (" &&
            end + 3 < text.size() && std::islower(static_cast<unsigned char>(text[end + 2])) &&
            text[end + 3] == ')') {
            letter = std::string(text.substr(end + 1, 3));
            end += 4;
        }
        ConstitutionCitation c;
        c.span = {begin, end};
        std::string_view after = text.substr(end, 60);
        bool names_constitution = after.find("Constitution") != std::string_view::npos;
        // "Part 1 of Schedule 12A to the Act" is a statute's.
        if (!m.matched(1) && !m.matched(8) &&
            (statute_after.contains(after) || schedule_of.contains(after)))
            continue;
        if (m.matched(1)) {
            c.article = m.str(1);
            c.part = m.str(2);
            c.certain = !c.part.empty() || names_constitution;
        } else if (m.matched(3)) {
            c.part = refdata::normalise_label(m.str(3) + letter);
            c.schedule = m.str(5);
            bool lettered = c.part.find('(') != std::string::npos;
            c.certain = (!c.schedule.empty() || lettered || names_constitution);
        } else if (m.matched(6)) {
            c.schedule = m.str(6);
            c.part = m.str(7);
            c.certain = (!c.part.empty() || names_constitution);
        } else {
            PatternMatch n;
            if (first_number.search(m.groups[8], n)) c.standing_order = n.str();
            c.certain = true;
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace clerk

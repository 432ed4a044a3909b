// The reference grammar: how drafters write references to clauses, to the Constitution and
// to legislation, and what looks like a reference but is not (times, sums, quoted codes).
#include "link/links.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace clerk {

namespace {

struct Match {
    std::size_t begin;
    std::size_t end;
};

bool overlaps(const std::vector<Match>& taken, std::size_t begin, std::size_t end) {
    return std::any_of(taken.begin(), taken.end(),
                       [&](const Match& m) { return begin < m.end && m.begin < end; });
}

SourceSpan span_of(const PlainText& text, std::size_t begin, std::size_t end) {
    SourcePos last = text.position(end > begin ? end - 1 : begin);
    return {text.position(begin), last};
}

std::string lower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool is_upper(char c) {
    return std::isupper(static_cast<unsigned char>(c)) != 0;
}

// The start of an Act's title that ends just before `act` ("Local government Act 1972",
// "Local Government (Access to Information) Act 1985", "Health and Safety at Work etc. Act").
std::size_t act_title_start(const std::string& t, std::size_t act) {
    std::size_t start = act;
    std::size_t pos = act;
    int words = 0;
    while (pos > 0 && words < 12) {
        std::size_t end = pos;
        while (end > 0 && t[end - 1] == ' ')
            --end;
        if (end == 0) break;
        std::size_t begin = end;
        if (t[end - 1] == ')') {
            auto open = t.rfind('(', end - 1);
            if (open == std::string::npos) break;
            begin = open;
        } else {
            while (begin > 0 && t[begin - 1] != ' ' && t[begin - 1] != '(' && t[begin - 1] != ',')
                --begin;
        }
        std::string word = t.substr(begin, end - begin);
        bool capital = !word.empty() && (is_upper(word[0]) || word[0] == '(');
        bool connector = word == "and" || word == "of" || word == "etc." || word == "for" ||
                         word == "at" || word == "in" || word == "to";
        // One lower-case word inside a title ("Local government Act") when a capital precedes it.
        bool inner_lower = !capital && !connector && begin > 1 && word != "the" && word != "of" &&
                           std::all_of(word.begin(), word.end(), [](char c) {
                               return std::islower(static_cast<unsigned char>(c));
                           });
        if (inner_lower) {
            std::size_t prev_end = begin;
            while (prev_end > 0 && t[prev_end - 1] == ' ')
                --prev_end;
            std::size_t prev_begin = prev_end;
            while (prev_begin > 0 && t[prev_begin - 1] != ' ')
                --prev_begin;
            if (prev_end == prev_begin || !is_upper(t[prev_begin])) break;
        } else if (!capital && !connector) {
            break;
        }
        if (capital || inner_lower) start = begin;
        pos = begin;
        ++words;
        if (capital && (word == "The" || word == "See")) {
            start = end + 1;
            break;
        }
    }
    // A title never opens with a connector.
    return start;
}

// Expands "9.1.1 to 9.1.4" into each number; other pairs stay as they are.
std::vector<std::string> expand_range(const std::string& from, const std::string& to) {
    auto dot_a = from.rfind('.'), dot_b = to.rfind('.');
    std::string prefix_a = dot_a == std::string::npos ? "" : from.substr(0, dot_a + 1);
    std::string prefix_b = dot_b == std::string::npos ? "" : to.substr(0, dot_b + 1);
    if (prefix_a != prefix_b) return {from, to};
    int a = std::stoi(from.substr(prefix_a.size())), b = std::stoi(to.substr(prefix_b.size()));
    if (b <= a || b - a > 50) return {from, to};
    std::vector<std::string> out;
    for (int i = a; i <= b; ++i)
        out.push_back(prefix_a + std::to_string(i));
    return out;
}

const std::regex& number_pattern() {
    static const std::regex re(R"(\d{1,2}(?:\.\d{1,3})*)");
    return re;
}

// Adds the numbers of a list ("5.7 and 9.3.5", "9.1.1 to 9.1.4") as targets.
void add_numbers(Reference& ref, const PlainText& text, std::size_t list_begin,
                 const std::string& list, const std::string& noun) {
    std::vector<std::pair<std::string, std::size_t>> numbers;
    for (auto it = std::sregex_iterator(list.begin(), list.end(), number_pattern());
         it != std::sregex_iterator(); ++it)
        numbers.emplace_back(it->str(), static_cast<std::size_t>(it->position()));
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        auto [number, offset] = numbers[i];
        std::size_t after = offset + number.size();
        bool range = i + 1 < numbers.size() &&
                     std::regex_search(list.substr(after, numbers[i + 1].second - after),
                                       std::regex(R"(^\s*(?:to|-|–)\s*$)"));
        std::vector<std::string> expanded{number};
        if (range) {
            expanded = expand_range(number, numbers[i + 1].first);
            if (expanded.size() == 2 && expanded[1] == numbers[i + 1].first)
                expanded = {number};
            else
                ++i;
        }
        for (const std::string& n : expanded) {
            ReferenceTarget target;
            target.number = n;
            target.noun = noun;
            target.id = noun == "appendix" || noun == "annex" ? noun + "-" + lower(n) : n;
            std::size_t at = list_begin + offset;
            target.span = span_of(text, at, at + number.size());
            ref.targets.push_back(std::move(target));
        }
    }
}

} // namespace

std::vector<Reference> find_references(const PlainText& plain, UnitIndex from) {
    const std::string& t = plain.text;
    std::vector<Reference> out;
    std::vector<Match> taken;
    auto add = [&](ReferenceKind kind, std::size_t begin, std::size_t end) -> Reference& {
        Reference ref;
        ref.kind = kind;
        ref.text = t.substr(begin, end - begin);
        ref.from = from;
        ref.span = span_of(plain, begin, end);
        taken.push_back({begin, end});
        out.push_back(std::move(ref));
        return out.back();
    };

    // Cheap tests first: most sentences name no reference, and std::regex is slow.
    auto has = [&](const char* word) { return t.find(word) != std::string::npos; };
    bool dotted_number = false;
    for (std::size_t i = 1; i + 1 < t.size() && !dotted_number; ++i)
        dotted_number = t[i] == '.' && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
                        std::isdigit(static_cast<unsigned char>(t[i + 1]));
    bool act = has("Act");
    bool noun = has("ection") || has("aragraph") || has("lause") || has("para");

    // Legislation: "<Title> Act YYYY", with "Section 28(1) of the" or "S.100" before it.
    static const std::regex act_year(R"(\bAct,?\s+(\d{4})\b)");
    static const std::regex section_before(
        R"((?:\b(?:[Ss]ections?|ss?\.|S\.)\s*\d+[A-Z]?(?:\(\w{1,4}\))*(?:\s*(?:,|and|or|to)\s*\d+[A-Z]?(?:\(\w{1,4}\))*)*\s*(?:of\s+(?:the\s+)?|,\s*)?)$)");
    for (auto it = act ? std::sregex_iterator(t.begin(), t.end(), act_year)
                       : std::sregex_iterator();
         it != std::sregex_iterator(); ++it) {
        std::size_t act = static_cast<std::size_t>(it->position());
        std::size_t begin = act_title_start(t, act);
        if (begin == act) continue; // "the Act 2011" alone is no title
        std::smatch m;
        std::string before =
            t.substr(begin >= 60 ? begin - 60 : 0, std::min<std::size_t>(begin, 60));
        if (std::regex_search(before, m, section_before))
            begin -= static_cast<std::size_t>(m.length(0));
        add(ReferenceKind::Legislation, begin, act + static_cast<std::size_t>(it->length()));
    }
    // "Section 2 of the Act", "section 101(1) of that Act".
    static const std::regex of_the_act(
        R"(\b[Ss]ections?\s+\d+[A-Z]?(?:\(\w{1,4}\))*\s+of\s+(?:the|that|this)\s+Act\b)");
    for (auto it = act && noun ? std::sregex_iterator(t.begin(), t.end(), of_the_act)
                               : std::sregex_iterator();
         it != std::sregex_iterator(); ++it) {
        auto b = static_cast<std::size_t>(it->position()),
             e = b + static_cast<std::size_t>(it->length());
        if (!overlaps(taken, b, e)) add(ReferenceKind::Legislation, b, e);
    }

    // The Constitution: Parts, Schedules, Articles, Standing Orders, procedure rules.
    static const std::regex constitution(
        R"(\b(?:Article\s+\d{1,2}(?:\s+(?:in|of)\s+Part\s+\d{1,2})?|Part\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*\(\s*[a-z]\s*\)|[a-z]\b)?(?:\s*,?\s*Schedule\s+\d{1,2})?|Schedule\s+\d{1,2}(?:\s*,?\s*(?:of|to|in)\s+Part\s+\d{1,2})?|Standing\s+Orders?\s+\d{1,3}(?:\s*(?:,|and|or|to)\s*\d{1,3})*)(?![\w]))");
    for (auto it = (has("Part") || has("Schedule") || has("Article") || has("Standing"))
                       ? std::sregex_iterator(t.begin(), t.end(), constitution)
                       : std::sregex_iterator();
         it != std::sregex_iterator(); ++it) {
        auto b = static_cast<std::size_t>(it->position()),
             e = b + static_cast<std::size_t>(it->length());
        if (t.compare(e, 2, " (") == 0 && e + 3 < t.size() &&
            std::islower(static_cast<unsigned char>(t[e + 2])) && t[e + 3] == ')')
            e += 4; // "Part 4 (b)"
        if (!overlaps(taken, b, e)) add(ReferenceKind::Constitution, b, e);
    }

    // Internal: a noun and a list of numbers.
    static const std::regex noun_list(
        R"(\b(Sections?|sections?|Paragraphs?|paragraphs?|Clauses?|clauses?|paras?\.)\s+(\d{1,2}(?:\.\d{1,3})*(?:\s*(?:,\s*(?:and\s+|or\s+)?|\band\b|\bor\b|\bto\b|-|–)\s*\d{1,2}(?:\.\d{1,3})*)*)\b)");
    for (auto it = noun ? std::sregex_iterator(t.begin(), t.end(), noun_list)
                        : std::sregex_iterator();
         it != std::sregex_iterator(); ++it) {
        auto b = static_cast<std::size_t>(it->position()),
             e = b + static_cast<std::size_t>(it->length());
        if (overlaps(taken, b, e)) continue;
        std::string list = (*it)[2].str();
        // "Section 28(1)" of an Act that is cited elsewhere in the sentence is not ours.
        if (e < t.size() && t[e] == '(' && list.find('.') == std::string::npos) continue;
        std::string noun = lower((*it)[1].str());
        if (noun.back() == 's' && noun != "paras.") noun.pop_back();
        if (noun.rfind("para", 0) == 0) noun = "paragraph";
        Reference& ref = add(ReferenceKind::Internal, b, e);
        add_numbers(ref, plain, b + static_cast<std::size_t>(it->position(2) - it->position()),
                    list, noun);
    }

    // Internal: appendices.
    static const std::regex appendix(
        R"(\b(Appendix|Appendices|Annex|Annexes)\s+(\d{1,2}|[A-Z])\b(?:\s*(?:,|and|or|to)\s*(?:\d{1,2}|[A-Z])\b)*)");
    for (auto it = (has("Appendi") || has("Annex"))
                       ? std::sregex_iterator(t.begin(), t.end(), appendix)
                       : std::sregex_iterator();
         it != std::sregex_iterator(); ++it) {
        auto b = static_cast<std::size_t>(it->position()),
             e = b + static_cast<std::size_t>(it->length());
        if (overlaps(taken, b, e)) continue;
        std::string word = lower((*it)[1].str());
        std::string noun = word.rfind("annex", 0) == 0 ? "annex" : "appendix";
        Reference& ref = add(ReferenceKind::Internal, b, e);
        std::string list =
            t.substr(b + (*it)[1].length(), e - b - static_cast<std::size_t>((*it)[1].length()));
        static const std::regex label(R"(\b(\d{1,2}|[A-Z])\b)");
        for (auto l = std::sregex_iterator(list.begin(), list.end(), label);
             l != std::sregex_iterator(); ++l) {
            ReferenceTarget target;
            target.number = l->str();
            target.noun = noun;
            target.id = noun + "-" + lower(l->str());
            std::size_t at = b + static_cast<std::size_t>((*it)[1].length()) +
                             static_cast<std::size_t>(l->position());
            target.span = span_of(plain, at, at + static_cast<std::size_t>(l->length()));
            ref.targets.push_back(std::move(target));
        }
    }

    // Internal: a bare multi-level number after a cue ("the processes in 12.2", "(see 9.5)").
    static const std::regex bare(
        R"(\b(?:in|under|at|see|See|and|or|of|to)\s+(\d{1,2}\.\d{1,3}(?:\.\d{1,3})*)\b(?![.,]?\d)(?!\s*(?:am|pm|a\.m|p\.m|%|per\b|million|billion|hours?|hrs|minutes|days|weeks|months|years|miles|km|metres|m\b)))");
    for (auto it = dotted_number ? std::sregex_iterator(t.begin(), t.end(), bare)
                                 : std::sregex_iterator();
         it != std::sregex_iterator(); ++it) {
        auto b = static_cast<std::size_t>(it->position(1)),
             e = b + static_cast<std::size_t>(it->length(1));
        if (overlaps(taken, b, e)) continue;
        // "£2.50", "version 2.0" are not references.
        if (b > 0 && (t[b - 1] == '.' || t[b - 1] == '$')) continue;
        std::string before = t.substr(b >= 12 ? b - 12 : 0, std::min<std::size_t>(b, 12));
        if (before.find("£") != std::string::npos ||
            lower(before).find("version") != std::string::npos)
            continue;
        Reference& ref = add(ReferenceKind::Internal, b, e);
        add_numbers(ref, plain, b, it->str(1), "");
    }

    std::sort(out.begin(), out.end(),
              [](const Reference& a, const Reference& b) { return a.span.begin < b.span.begin; });
    return out;
}

std::string_view to_string(ReferenceKind kind) {
    switch (kind) {
    case ReferenceKind::Internal:
        return "internal";
    case ReferenceKind::Constitution:
        return "constitution";
    case ReferenceKind::Legislation:
        return "legislation";
    }
    return "internal";
}

} // namespace clerk

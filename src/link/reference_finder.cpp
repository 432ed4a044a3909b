// The reference grammar: how drafters write references to clauses, to the Constitution and
// to legislation, and what looks like a reference but is not (times, sums, quoted codes).
// Citations of Acts and of the constitution come from the citation grammar (citations.cpp).
#include "link/citations.hpp"
#include "link/links.hpp"
#include "text/pattern.hpp"

#include <algorithm>
#include <cctype>

namespace clerk {

namespace {

using text::Pattern;
using text::PatternMatch;

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

std::string lower(std::string_view s) {
    return text::fold_case(s);
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

// Adds the numbers of a list ("5.7 and 9.3.5", "9.1.1 to 9.1.4") as targets.
void add_numbers(Reference& ref, const PlainText& text, std::size_t list_begin,
                 std::string_view list, const std::string& noun) {
    static const Pattern number(R"(\d{1,2}(?:\.\d{1,3})*)");
    static const Pattern range_word(R"(^\s*(?:to|-|–)\s*$)");
    std::vector<PatternMatch> numbers = number.all(list);
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        std::string n0 = numbers[i].str();
        std::size_t offset = numbers[i].begin();
        std::size_t after = offset + n0.size();
        bool range = i + 1 < numbers.size() &&
                     range_word.contains(list.substr(after, numbers[i + 1].begin() - after));
        std::vector<std::string> expanded{n0};
        if (range) {
            std::string next = numbers[i + 1].str();
            expanded = expand_range(n0, next);
            if (expanded.size() == 2 && expanded[1] == next)
                expanded = {n0};
            else
                ++i;
        }
        for (const std::string& n : expanded) {
            ReferenceTarget target;
            target.number = n;
            target.noun = noun;
            target.id = noun == "appendix" || noun == "annex" ? noun + "-" + lower(n) : n;
            std::size_t at = list_begin + offset;
            target.span = span_of(text, at, at + n0.size());
            ref.targets.push_back(std::move(target));
        }
    }
}

// Words after a bare number that make it a quantity, not a clause: "10.30 am", "2.5%".
bool quantity_follows(std::string_view rest) {
    std::size_t i = 0;
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t'))
        ++i;
    std::string_view r = rest.substr(i);
    if (!r.empty() && r[0] == '%') return true;
    static const char* const kUnits[] = {"am",      "pm",      "a.m",    "p.m",    "per",
                                         "million", "billion", "hours",  "hour",   "hrs",
                                         "minutes", "days",    "weeks",  "months", "years",
                                         "miles",   "km",      "metres", "m"};
    for (const char* unit : kUnits) {
        std::string_view u(unit);
        if (r.substr(0, u.size()) != u) continue;
        // "per", "m" and "km" must end there; the others may run on ("hours", "minutes").
        bool whole = u == "per" || u == "m" || u == "km";
        if (!whole || r.size() == u.size() ||
            !(std::isalnum(static_cast<unsigned char>(r[u.size()])) || r[u.size()] == '_'))
            return true;
    }
    return false;
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
        ref.range = {begin, end};
        taken.push_back({begin, end});
        out.push_back(std::move(ref));
        return out.back();
    };

    // Legislation: every Act citation.
    for (ActCitation& c : find_act_citations(t)) {
        if (overlaps(taken, c.span.begin, c.span.end)) continue;
        Reference& ref = add(ReferenceKind::Legislation, c.span.begin, c.span.end);
        ref.legislation = std::move(c);
    }

    // The Constitution: Parts, Schedules, Articles, Standing Orders, procedure rules.
    for (ConstitutionCitation& c : find_constitution_citations(t)) {
        if (overlaps(taken, c.span.begin, c.span.end)) continue;
        Reference& ref = add(ReferenceKind::Constitution, c.span.begin, c.span.end);
        ref.constitution = std::move(c);
    }

    // Internal: a noun and a list of numbers.
    bool noun = t.find("ection") != std::string::npos || t.find("aragraph") != std::string::npos ||
                t.find("lause") != std::string::npos || t.find("para") != std::string::npos;
    static const Pattern noun_list(
        R"(\b(Sections?|sections?|Paragraphs?|paragraphs?|Clauses?|clauses?|paras?\.)\s+(\d{1,2}(?:\.\d{1,3})*(?:\s*(?:,\s*(?:and\s+|or\s+)?|\band\b|\bor\b|\bto\b|-|–)\s*\d{1,2}(?:\.\d{1,3})*)*)\b)");
    for (const PatternMatch& m : noun ? noun_list.all(t) : std::vector<PatternMatch>{}) {
        std::size_t b = m.begin(), e = m.end();
        if (overlaps(taken, b, e)) continue;
        std::string list = m.str(2);
        // "Section 28(1)", "section 27 (2)": a single number with a subsection in brackets is
        // a statute's section, not ours (the clauses of a protocol are numbered with dots).
        std::size_t after = e;
        while (after < t.size() && t[after] == ' ')
            ++after;
        if (after < t.size() && t[after] == '(' && list.find('.') == std::string::npos &&
            (after == e ||
             (after + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[after + 1])))))
            continue;
        std::string word = lower(m.groups[1]);
        if (word.back() == 's' && word != "paras.") word.pop_back();
        if (word.rfind("para", 0) == 0) word = "paragraph";
        Reference& ref = add(ReferenceKind::Internal, b, e);
        add_numbers(ref, plain, m.begin(2), m.groups[2], word);
    }

    // Internal: appendices.
    static const Pattern appendix(
        R"(\b(Appendix|Appendices|Annex|Annexes)\s+(\d{1,2}|[A-Z])\b(?:\s*(?:,|and|or|to)\s*(?:\d{1,2}|[A-Z])\b)*)");
    static const Pattern label(R"(\b(\d{1,2}|[A-Z])\b)");
    bool appendices =
        t.find("Appendi") != std::string::npos || t.find("Annex") != std::string::npos;
    for (const PatternMatch& m : appendices ? appendix.all(t) : std::vector<PatternMatch>{}) {
        std::size_t b = m.begin(), e = m.end();
        if (overlaps(taken, b, e)) continue;
        std::string word = lower(m.groups[1]);
        std::string kind = word.rfind("annex", 0) == 0 ? "annex" : "appendix";
        Reference& ref = add(ReferenceKind::Internal, b, e);
        std::size_t list_begin = m.end(1);
        std::string_view list = std::string_view(t).substr(list_begin, e - list_begin);
        for (const PatternMatch& l : label.all(list)) {
            ReferenceTarget target;
            target.number = l.str();
            target.noun = kind;
            target.id = kind + "-" + lower(l.groups[0]);
            std::size_t at = list_begin + l.begin();
            target.span = span_of(plain, at, at + l.length());
            ref.targets.push_back(std::move(target));
        }
    }

    // Internal: a bare multi-level number after a cue ("the processes in 12.2", "(see 9.5)").
    bool dotted_number = false;
    for (std::size_t i = 1; i + 1 < t.size() && !dotted_number; ++i)
        dotted_number = t[i] == '.' && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
                        std::isdigit(static_cast<unsigned char>(t[i + 1]));
    static const Pattern bare(
        R"(\b(?:in|under|at|see|See|and|or|of|to)\s+(\d{1,2}\.\d{1,3}(?:\.\d{1,3})*)\b)");
    for (const PatternMatch& m : dotted_number ? bare.all(t) : std::vector<PatternMatch>{}) {
        std::size_t b = m.begin(1), e = m.end(1);
        // Not followed by more digits ("10.30.5" read in part, "1.5,000") or a quantity.
        std::size_t k = e < t.size() && (t[e] == '.' || t[e] == ',') ? e + 1 : e;
        if (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k]))) continue;
        if (quantity_follows(std::string_view(t).substr(e))) continue;
        if (overlaps(taken, b, e)) continue;
        // "£2.50", "version 2.0" are not references.
        if (b > 0 && (t[b - 1] == '.' || t[b - 1] == '$')) continue;
        std::string before = t.substr(b >= 12 ? b - 12 : 0, std::min<std::size_t>(b, 12));
        if (before.find("£") != std::string::npos ||
            lower(before).find("version") != std::string::npos)
            continue;
        Reference& ref = add(ReferenceKind::Internal, b, e);
        add_numbers(ref, plain, b, m.groups[1], "");
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

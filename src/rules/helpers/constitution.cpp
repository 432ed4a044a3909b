// What the constitution rules share: the constitution citations of a document with the
// names written before them, and matching names against the constitution map.
#include "rules/helpers/constitution.hpp"

#include "text/similarity.hpp"
#include "text/text_runs.hpp"

#include <algorithm>

namespace clerk::check {

using namespace text;

namespace {

// Words that link a name to the citation after it: "the Officer Delegations *as set out in* Part
// 3".
bool is_connector(std::string_view w) {
    return text::is_one_of(w, {"as",      "set",      "out",   "in",    "described", "contained",
                               "listed",  "at",       "under", "of",    "the",       "see",
                               "which",   "is",       "are",   "found", "detailed",  "provided",
                               "by",      "within",   "its",   "their", "also",      "specified",
                               "defined", "included", "and",   "to",    "a",         "an"});
}

bool is_joiner(std::string_view w) {
    return text::is_one_of(w, {"of", "to", "and", "for", "on"});
}

bool is_generic_name(const std::string& key) {
    return text::is_one_of(key, {"constitution", "council", "protocol", "part", "schedule",
                                 "section", "the constitution", "council constitution",
                                 "this protocol", "article", "standing order"});
}

// Finds the phrase that names a citation: the capitalised words just before it, reached over
// connecting words. `floor` is where the search must stop (the previous citation).
struct NamePhrase {
    Range span{0, 0};
    Range region{0, 0}; // from the phrase to the citation: where map names are looked for
};

NamePhrase name_before(std::string_view text, std::size_t floor, std::size_t cite_begin) {
    NamePhrase out;
    out.region = {cite_begin, cite_begin};
    std::vector<Word> words = split_words(text.substr(floor, cite_begin - floor));
    for (Word& w : words) {
        w.begin += floor;
        w.end += floor;
    }
    // A sentence or clause break between the name and the citation ends the search.
    auto gap_ok = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            if (text[i] == '.' || text[i] == ';' || text[i] == ':' || text[i] == ',') return false;
        return true;
    };
    std::size_t i = words.size();
    std::size_t connectors = 0;
    while (i > 0 && connectors < 6 && is_connector(fold_case(words[i - 1].text)) &&
           !is_capitalised(words[i - 1].text) &&
           gap_ok(words[i - 1].end, i == words.size() ? cite_begin : words[i].begin)) {
        --i;
        ++connectors;
    }
    if (i == 0 || !gap_ok(words[i - 1].end, i == words.size() ? cite_begin : words[i].begin))
        return out;
    std::size_t end = i;
    std::size_t start = i;
    if (is_capitalised(words[i - 1].text)) {
        while (start > 0 && end - start < 8) {
            const Word& w = words[start - 1];
            std::size_t next_begin = start < words.size() ? words[start].begin : cite_begin;
            if (!gap_ok(w.end, next_begin)) break;
            if (is_capitalised(w.text) || (is_joiner(w.text) && start < end))
                --start;
            else
                break;
        }
        while (start < end && (is_joiner(words[start].text) || words[start].text == "The"))
            ++start;
    } else {
        // A lower-case name ("the scheme of delegation"): up to four words.
        // `start` may be words.size() when the citation ends the text.
        while (start > 0 && end - start < 4 &&
               gap_ok(words[start - 1].end, start < words.size() ? words[start].begin : cite_begin))
            --start;
    }
    if (start == end) return out;
    out.span = {words[start].begin, words[end - 1].end};
    out.region = {words[start].begin, cite_begin};
    return out;
}

// Word-bounded phrase search in space-separated keys.
bool key_contains(const std::string& hay, const std::string& needle, std::size_t& end) {
    if (needle.empty()) return false;
    std::size_t at = hay.rfind(needle);
    while (at != std::string::npos) {
        bool start_ok = at == 0 || hay[at - 1] == ' ';
        std::size_t e = at + needle.size();
        bool end_ok = e == hay.size() || hay[e] == ' ';
        if (start_ok && end_ok) {
            end = e;
            return true;
        }
        if (at == 0) break;
        at = hay.rfind(needle, at - 1);
    }
    return false;
}

} // namespace

MapNames::MapNames(const refdata::ConstitutionMap& map) {
    for (const refdata::ConstitutionEntry& e : map.entries) {
        for (const std::string& n : e.names)
            keys_.emplace_back(&e, name_key(n));
        keys_.emplace_back(&e, name_key(e.title));
    }
}

NameMatch MapNames::nearest(const std::string& region_key) const {
    NameMatch best;
    for (const auto& [entry, key] : keys_) {
        std::size_t end = 0;
        if (!key_contains(region_key, key, end)) continue;
        if (end > best.end || (end == best.end && key.size() > best.length))
            best = {entry, end, key.size()};
    }
    return best;
}

bool MapNames::named_in(const refdata::ConstitutionEntry& entry,
                        const std::string& region_key) const {
    std::size_t end = 0;
    return std::any_of(keys_.begin(), keys_.end(), [&](const auto& k) {
        return k.first == &entry && key_contains(region_key, k.second, end);
    });
}

std::string defined_term_of(const Document& document, UnitIndex unit) {
    for (UnitIndex u = unit; u != kNoUnit; u = document.units[static_cast<std::size_t>(u)].parent)
        if (document.units[static_cast<std::size_t>(u)].definition)
            return document.units[static_cast<std::size_t>(u)].definition->term;
    return {};
}

std::string describe_location(const std::string& part, const std::string& schedule,
                              const std::string& article, const std::string& standing_order) {
    if (!standing_order.empty()) return "Standing Order " + standing_order;
    std::string out;
    if (!article.empty())
        out = "Article " + article + (part.empty() ? "" : " in Part " + part);
    else
        out = "Part " + part + (schedule.empty() ? "" : ", Schedule " + schedule);
    return out;
}

std::vector<NamedCitation> constitution_citations(const Document& document, const Links& links) {
    std::vector<NamedCitation> out;
    std::size_t previous_run = links.runs.size();
    std::size_t previous_end = 0;
    for (const Reference& ref : links.references) {
        if (!ref.constitution || !ref.constitution->certain) continue;
        const ConstitutionCitation& cite = *ref.constitution;
        std::size_t r = ref.run;
        if (r != previous_run) previous_end = 0;
        previous_run = r;
        const std::string& text = links.runs[r].text.text;
        NamedCitation c;
        c.run = r;
        std::size_t begin = cite.span.begin, end = cite.span.end;
        c.span = {begin, end};
        c.text = text.substr(begin, end - begin);
        c.part = cite.part;
        c.schedule = cite.schedule;
        c.article = cite.article;
        c.standing_order = cite.standing_order;
        std::size_t floor = std::max(previous_end, sentence_at(links.runs[r], begin).begin);
        NamePhrase phrase = name_before(text, floor, begin);
        if (phrase.span.end > phrase.span.begin) {
            std::string key =
                name_key(text.substr(phrase.span.begin, phrase.span.end - phrase.span.begin));
            if (!is_generic_name(key)) {
                c.names.push_back(key);
                c.name_spans.push_back(phrase.span);
                c.proper_names.push_back(is_capitalised(text.substr(phrase.span.begin, 1)));
            }
        }
        if (std::string term = defined_term_of(document, links.runs[r].unit); !term.empty()) {
            c.names.push_back(name_key(term));
            c.name_spans.push_back({begin, end});
            c.proper_names.push_back(true);
        }
        previous_end = end;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace clerk::check

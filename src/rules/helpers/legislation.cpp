// Shared by the legislation rules (cite/act-title, cite/act-year, cite/act-repealed,
// cite/legislation-section): the document's Act citations and the register look-ups.
#include "rules/helpers/legislation.hpp"

#include "text/similarity.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace clerk::check {

using namespace text;

std::string_view sentence_text(const TextRun& run, std::size_t offset) {
    Range s = sentence_at(run, offset);
    return std::string_view(run.text.text).substr(s.begin, s.end - s.begin);
}

// A sentence that tells the history of an Act (it was repealed, lapsed, replaced) rather
// than relying on it.
bool is_historical(std::string_view sentence) {
    std::string s = fold_case(sentence);
    for (const char* marker : {"repeal", "lapsed", "replaced", "superseded", "formerly",
                               "previously", "originally", "revoked", "abolished", "no longer"})
        if (s.find(marker) != std::string::npos) return true;
    return false;
}

std::string cited_as(const ActCitation& c) {
    return c.year ? fmt::format("{} {}", c.title, c.year) : c.title;
}

std::string years_list(const std::vector<int>& years) {
    std::string out;
    for (std::size_t i = 0; i < years.size(); ++i) {
        if (i) out += i + 1 == years.size() ? " or " : ", ";
        out += std::to_string(years[i]);
    }
    return out;
}

// The register Act nearest in wording to an unknown title: one word added, dropped or
// changed, or a couple of letters; the year must agree when one is written.
const refdata::Act* nearest_act(const refdata::LegislationRegister& reg, const ActCitation& c) {
    std::vector<std::string> words = split_spaces(title_key(c.title));
    const refdata::Act* best = nullptr;
    std::size_t best_score = 3;
    for (const refdata::Act& act : reg.acts) {
        if (c.year && act.year != c.year) continue;
        std::string key = title_key(act.title);
        std::vector<std::string> act_words = split_spaces(key);
        std::size_t words_apart = word_edit_distance(words, act_words);
        std::size_t letters_apart = edit_distance(title_key(c.title), key);
        // One word added, dropped or changed keeps at least two words that say what the Act is
        // about ("Health and Care Act" for "Health and Social Care Act"; not "Water Act" for
        // "Licensing Act").
        std::size_t shared = 0;
        for (const std::string& w : words)
            if (w != "act" && w != "and" && w != "of" && w != "the" && w != "for" &&
                std::find(act_words.begin(), act_words.end(), w) != act_words.end())
                ++shared;
        std::size_t score = 3;
        if (words_apart == 1 && shared >= 2) score = 1;
        if (letters_apart <= 2 && key.size() >= 12)
            score = std::min<std::size_t>(score, letters_apart == 0 ? 0 : 1);
        if (score < best_score) {
            best = &act;
            best_score = score;
        }
    }
    return best_score <= 1 ? best : nullptr;
}

bool contains_phrase(const std::string& haystack, const std::string& phrase) {
    std::size_t at = haystack.find(phrase);
    while (at != std::string::npos) {
        bool start_ok = at == 0 || !std::isalnum(static_cast<unsigned char>(haystack[at - 1]));
        std::size_t end = at + phrase.size();
        bool end_ok =
            end >= haystack.size() || !std::isalnum(static_cast<unsigned char>(haystack[end]));
        if (start_ok && end_ok) return true;
        at = haystack.find(phrase, at + 1);
    }
    return false;
}

// The text a citation is made for: its sentence, with typographic quotes made plain.
std::string citation_context(const TextRun& run, const ActCitation& c) {
    std::string s = fold_case(sentence_text(run, c.span.begin));
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {
            out += '\'';
            i += 2;
        } else if (s.compare(i, 3, "\xE2\x80\x9C") == 0 || s.compare(i, 3, "\xE2\x80\x9D") == 0) {
            out += '"';
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<LocatedActCitation> act_citations(const Links& links) {
    std::vector<LocatedActCitation> out;
    for (const Reference& ref : links.references)
        if (ref.legislation && !ref.legislation->title.empty())
            out.push_back({ref.run, *ref.legislation});
    return out;
}

RegisterTitles::RegisterTitles(const refdata::LegislationRegister& reg) : reg_(reg) {
    for (const refdata::Act& act : reg.acts)
        act_keys_.push_back(title_key(act.title));
    for (const auto& [name, years] : reg.other_years)
        other_keys_.push_back(title_key(name));
}

std::string RegisterTitles::act_title(const std::string& key) const {
    for (std::size_t i = act_keys_.size(); i-- > 0;)
        if (act_keys_[i] == key) return reg_.acts[i].title;
    return {};
}

std::string RegisterTitles::other_title(const std::string& key) const {
    for (std::size_t i = 0; i < other_keys_.size(); ++i)
        if (other_keys_[i] == key) return reg_.other_years[i].first;
    return {};
}

const refdata::Act* resolve_act(const refdata::LegislationRegister& reg, const ActCitation& cite) {
    if (!cite.year) return nullptr;
    if (const refdata::Act* act = reg.find(cite.title, cite.year)) return act;
    std::string key = title_key(cite.title);
    for (const refdata::Act& act : reg.acts)
        if (act.year == cite.year && title_key(act.title) == key) return &act;
    return nullptr;
}

} // namespace clerk::check

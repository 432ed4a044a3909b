#include "render/terms.hpp"

#include "model/plain_text.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::render {

namespace {

bool is_word_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// The endings a term may carry: plural and possessive ("Officers'", "Officer’s", "Officer's",
// "Officers"), and none.
constexpr std::string_view kEndings[] = {"s'", "\xE2\x80\x99s", "'s", "s", ""};

// Appends every word-bounded use of `entry`'s term at `at` (where the term itself stands,
// word-bounded at its start): one hit for each ending that follows it and ends a word.
void add_forms_at(std::vector<TermHit>& hits, std::string_view text, std::size_t at,
                  std::size_t length, std::size_t entry) {
    for (std::string_view ending : kEndings) {
        std::size_t end = at + length + ending.size();
        if (end > text.size() || text.compare(at + length, ending.size(), ending) != 0) continue;
        if (end < text.size() && is_word_byte(text[end])) continue;
        hits.push_back({at, end, entry});
    }
}

} // namespace

std::vector<TermEntry> defined_terms(const Document& doc) {
    std::vector<TermEntry> out;
    for (std::size_t i = 0; i < doc.units.size(); ++i) {
        const Unit& unit = doc.units[i];
        if (!unit.definition || unit.definition->term.empty()) continue;
        out.push_back({unit.definition->term, static_cast<UnitIndex>(i), plain_text(unit)});
    }
    return out;
}

std::vector<TermHit> find_terms(std::string_view text, const std::vector<TermEntry>& entries) {
    std::vector<TermHit> hits;
    for (std::size_t e = 0; e < entries.size(); ++e) {
        const std::string& term = entries[e].term;
        if (term.empty()) continue;
        // The term's plural in "-ies" ("Councillor Bodies") is looked for as itself.
        if (term.size() > 1 && term.back() == 'y') {
            std::string ies = term.substr(0, term.size() - 1) + "ies";
            for (std::size_t at = text.find(ies); at != std::string_view::npos;
                 at = text.find(ies, at + 1)) {
                std::size_t end = at + ies.size();
                if (at > 0 && is_word_byte(text[at - 1])) continue;
                if (end < text.size() && is_word_byte(text[end])) continue;
                hits.push_back({at, end, e});
            }
        }
        // Every other form starts with the term: find the term, then the endings after it.
        for (std::size_t at = text.find(term); at != std::string_view::npos;
             at = text.find(term, at + 1)) {
            if (at > 0 && is_word_byte(text[at - 1])) continue;
            add_forms_at(hits, text, at, term.size(), e);
        }
    }
    // Longest first, then earliest; keep the hits that do not overlap one already kept.
    std::stable_sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) {
        std::size_t la = a.end - a.begin, lb = b.end - b.begin;
        return la != lb ? la > lb : a.begin < b.begin;
    });
    std::vector<TermHit> kept;
    for (const TermHit& h : hits) {
        bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const TermHit& k) {
            return h.begin < k.end && k.begin < h.end;
        });
        if (!overlaps) kept.push_back(h);
    }
    std::sort(kept.begin(), kept.end(),
              [](const TermHit& a, const TermHit& b) { return a.begin < b.begin; });
    return kept;
}

} // namespace clerk::render

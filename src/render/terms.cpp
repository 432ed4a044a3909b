#include "render/terms.hpp"

#include "model/plain_text.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::render {

namespace {

bool is_word_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// The forms of a term, longest first.
std::vector<std::string> forms_of(const std::string& term) {
    std::vector<std::string> forms{term + "s'", term + "\xE2\x80\x99s", term + "'s", term + "s",
                                   term};
    if (term.size() > 1 && term.back() == 'y')
        forms.insert(forms.begin(), term.substr(0, term.size() - 1) + "ies");
    return forms;
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
        for (const std::string& form : forms_of(entries[e].term)) {
            for (std::size_t at = text.find(form); at != std::string_view::npos;
                 at = text.find(form, at + 1)) {
                std::size_t end = at + form.size();
                if (at > 0 && is_word_byte(text[at - 1])) continue;
                if (end < text.size() && is_word_byte(text[end])) continue;
                hits.push_back({at, end, e});
            }
        }
    }
    // Longest first, then earliest; keep the hits that do not overlap one already kept.
    std::sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) {
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

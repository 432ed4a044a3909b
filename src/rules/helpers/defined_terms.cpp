// What the defined-term rules share: the document's defined terms, whether a unit is part of
// the definitions, and word-bounded occurrences of a term.
#include "rules/helpers/defined_terms.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::check {

std::vector<bool> definitions_mask(const Document& document) {
    std::vector<bool> mask(document.units.size(), false);
    for (UnitIndex u : document.definitions())
        mask[static_cast<std::size_t>(u)] = true;
    // Units are in document order, so a parent is settled before its children.
    for (std::size_t i = 0; i < document.units.size(); ++i) {
        const Unit& unit = document.units[i];
        if (unit.definition) mask[i] = true;
        if (unit.parent != kNoUnit && mask[static_cast<std::size_t>(unit.parent)]) mask[i] = true;
    }
    return mask;
}

bool in_definitions(const std::vector<bool>& mask, UnitIndex unit) {
    return unit != kNoUnit && static_cast<std::size_t>(unit) < mask.size() &&
           mask[static_cast<std::size_t>(unit)];
}

bool occurs_at(const std::string& hay, std::size_t at, const std::string& needle) {
    if (needle.empty() || hay.compare(at, needle.size(), needle) != 0) return false;
    bool start_ok = at == 0 || !std::isalnum(static_cast<unsigned char>(hay[at - 1]));
    std::size_t end = at + needle.size();
    bool end_ok = end >= hay.size() || !std::isalpha(static_cast<unsigned char>(hay[end])) ||
                  hay.compare(end, 1, "s") == 0 || hay.compare(end, 2, "'s") == 0;
    if (end < hay.size() && hay[end] == 's' && end + 1 < hay.size() &&
        std::isalpha(static_cast<unsigned char>(hay[end + 1])))
        end_ok = false;
    return start_ok && end_ok;
}

std::vector<std::size_t> occurrences(const std::string& hay, const std::string& needle) {
    std::vector<std::size_t> out;
    if (needle.empty()) return out;
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1))
        if (occurs_at(hay, at, needle)) out.push_back(at);
    return out;
}

std::vector<std::string> term_forms(const std::string& term) {
    std::vector<std::string> forms{term};
    if (term.size() > 1 && term.back() == 'y')
        forms.push_back(term.substr(0, term.size() - 1) + "ies");
    return forms;
}

std::vector<DefinedTerm> defined_terms(const Document& document) {
    std::vector<DefinedTerm> out;
    for (std::size_t i = 0; i < document.units.size(); ++i)
        if (const auto& d = document.units[i].definition)
            out.push_back({d->term, static_cast<UnitIndex>(i), d->pos});
    return out;
}

} // namespace clerk::check

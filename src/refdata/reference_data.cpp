#include "refdata/reference_data.hpp"

#include "model/ascii.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::refdata {

std::string lower(std::string_view text) {
    return ascii_lower(text);
}

ReferenceData for_council(ReferenceData data, const std::string& council) {
    if (data.constitution && !data.constitution->council.empty() &&
        data.constitution->council != council) {
        data.constitution.reset();
        data.constitution_of_another_council = true;
    }
    return data;
}

std::string normalise_label(std::string_view label) {
    std::string out;
    for (char c : label)
        if (c != ' ' && c != '\t')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // "5d" -> "5(d)": a number followed by one letter is the bracketed form councils use.
    if (out.size() >= 2 && std::isalpha(static_cast<unsigned char>(out.back())) &&
        std::isdigit(static_cast<unsigned char>(out[out.size() - 2])) &&
        out.find('(') == std::string::npos) {
        char letter = out.back();
        out.pop_back();
        out += '(';
        out += letter;
        out += ')';
    }
    return out;
}

const ActSection* Act::section(std::string_view number) const {
    std::string wanted = lower(number);
    for (const ActSection& s : sections)
        if (lower(s.number) == wanted) return &s;
    return nullptr;
}

const Act* LegislationRegister::find(std::string_view title, int year) const {
    for (const Act& act : acts)
        if (act.year == year && act.title == title) return &act;
    return nullptr;
}

std::vector<int> LegislationRegister::years_of(std::string_view title) const {
    std::vector<int> years;
    for (const Act& act : acts)
        if (act.title == title) years.push_back(act.year);
    for (const auto& [name, more] : other_years)
        if (name == title) years.insert(years.end(), more.begin(), more.end());
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

bool LegislationRegister::knows_title(std::string_view title) const {
    return !years_of(title).empty();
}

bool ConstitutionEntry::names_phrase(std::string_view phrase) const {
    std::string wanted = lower(phrase);
    if (lower(title) == wanted) return true;
    return std::find(names.begin(), names.end(), wanted) != names.end();
}

const ConstitutionEntry* ConstitutionMap::find(std::string_view part, std::string_view schedule,
                                               std::string_view article,
                                               std::string_view standing_order) const {
    for (const ConstitutionEntry& e : entries) {
        if (!standing_order.empty()) {
            if (e.standing_order == standing_order) return &e;
            continue;
        }
        if (!article.empty()) {
            if (e.article == article && (part.empty() || e.part.empty() || e.part == part))
                return &e;
            continue;
        }
        if (e.part == part && e.schedule == schedule && e.article.empty() &&
            e.standing_order.empty())
            return &e;
    }
    return nullptr;
}

} // namespace clerk::refdata

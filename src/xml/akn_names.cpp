#include "xml/akn_names.hpp"

#include "model/ascii.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace clerk::xml {

namespace {

// The eId abbreviation of an element (Akoma Ntoso naming convention, section 5.3).
std::string_view abbreviation(std::string_view element) {
    if (element == "section") return "sec";
    if (element == "subsection") return "subsec";
    if (element == "paragraph") return "para";
    if (element == "subparagraph") return "subpara";
    return element;
}

// The part of an eId component after the "_": characters an eId may hold.
std::string eid_token(std::string_view text) {
    std::string out;
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "x" : out;
}

int unit_depth(const Document& doc, UnitIndex index) {
    int depth = 0;
    for (UnitIndex u = index; u != kNoUnit; u = doc.units[static_cast<std::size_t>(u)].parent)
        ++depth;
    return depth;
}

// The number of a unit relative to its parent's: "5" for 9.3.5 under 9.3.
std::string relative_number(const Document& doc, const Unit& unit) {
    std::string id = derived_unit_id(unit.kind, unit.number);
    if (unit.parent != kNoUnit) {
        const Unit& parent = doc.units[static_cast<std::size_t>(unit.parent)];
        std::string parent_id = derived_unit_id(parent.kind, parent.number);
        if (!parent_id.empty() && id.size() > parent_id.size() + 1 &&
            id.compare(0, parent_id.size(), parent_id) == 0 && id[parent_id.size()] == '.')
            return id.substr(parent_id.size() + 1);
    }
    return id;
}

} // namespace

std::string_view element_for_depth(int depth) {
    static constexpr std::array<std::string_view, 4> elements{"section", "subsection", "paragraph",
                                                              "subparagraph"};
    return elements[static_cast<std::size_t>(std::clamp(depth, 1, 4) - 1)];
}

std::string derived_unit_id(UnitKind kind, std::string_view number) {
    std::string id(number);
    while (!id.empty() && (id.back() == '.' || id.back() == ' '))
        id.pop_back();
    if (kind == UnitKind::Appendix) {
        id = ascii_lower(id);
        std::replace(id.begin(), id.end(), ' ', '-');
    }
    return id;
}

int default_heading_level(const Document& doc, UnitIndex index) {
    int level = 1;
    for (UnitIndex u = doc.units[static_cast<std::size_t>(index)].parent; u != kNoUnit;
         u = doc.units[static_cast<std::size_t>(u)].parent)
        if (doc.units[static_cast<std::size_t>(u)].kind != UnitKind::Clause) ++level;
    return level;
}

std::string slug(std::string_view text) {
    std::string out;
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out += static_cast<char>(std::tolower(u));
        else if ((c == ' ' || c == '-' || c == '/' || c == '_' || c == '.' || c == ',') &&
                 !out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::vector<AknUnitName> name_units(const Document& doc) {
    std::vector<AknUnitName> names(doc.units.size());
    std::set<std::string> used;
    for (std::size_t i = 0; i < doc.units.size(); ++i) {
        const Unit& unit = doc.units[i];
        AknUnitName& name = names[i];
        if (unit.kind == UnitKind::Preamble) {
            name.element = "container";
            name.name = "preamble";
            continue;
        }
        std::string component;
        if (unit.kind == UnitKind::Appendix) {
            std::string id = derived_unit_id(unit.kind, unit.number);
            auto dash = id.find('-');
            name.element = "hcontainer";
            name.name = id.substr(0, dash);
            component =
                name.name + "_" + eid_token(dash == std::string::npos ? "" : id.substr(dash + 1));
        } else if (unit.number.empty()) {
            name.element = "hcontainer";
            name.name = "unnumbered";
            component = "hcontainer_" + eid_token(unit.id);
        } else {
            name.element = element_for_depth(unit_depth(doc, static_cast<UnitIndex>(i)));
            component = std::string(abbreviation(name.element)) + "_" +
                        eid_token(relative_number(doc, unit));
        }
        std::string eid = component;
        if (unit.parent != kNoUnit && !names[static_cast<std::size_t>(unit.parent)].eid.empty())
            eid = names[static_cast<std::size_t>(unit.parent)].eid + "__" + component;
        // Duplicate numbers (which the numbering checks report) still get distinct eIds.
        std::string unique = eid;
        for (int n = 2; used.count(unique); ++n)
            unique = eid + "-" + std::to_string(n);
        used.insert(unique);
        name.eid = unique;
    }
    return names;
}

bool is_hierarchy_element(std::string_view name) {
    static const std::set<std::string_view> names{
        "alinea",  "article", "book",       "chapter",   "clause",      "division", "hcontainer",
        "indent",  "level",   "list",       "paragraph", "part",        "point",    "proviso",
        "rule",    "section", "subchapter", "subclause", "subdivision", "sublist",  "subparagraph",
        "subpart", "subrule", "subsection", "subtitle",  "title",       "tome",     "transitional"};
    return names.count(name) > 0;
}

bool is_appendix_name(std::string_view name) {
    std::string n = ascii_lower(name);
    return n == "appendix" || n == "annex" || n == "schedule";
}

} // namespace clerk::xml

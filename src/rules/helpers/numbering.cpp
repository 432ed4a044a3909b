#include "rules/helpers/numbering.hpp"

#include <cstdlib>

namespace clerk::check {

namespace {

bool split(const std::string& id, std::vector<int>& parts) {
    parts.clear();
    std::size_t start = 0;
    while (start <= id.size()) {
        std::size_t dot = id.find('.', start);
        std::string piece =
            id.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (piece.empty() || piece.find_first_not_of("0123456789") != std::string::npos)
            return false;
        parts.push_back(std::atoi(piece.c_str()));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return !parts.empty();
}

void add_group(const Document& doc, const std::vector<UnitIndex>& children,
               std::vector<std::vector<NumberedUnit>>& out) {
    std::vector<NumberedUnit> group;
    for (UnitIndex child : children) {
        const Unit& unit = doc.units[static_cast<std::size_t>(child)];
        NumberedUnit n{child, {}};
        if ((unit.kind == UnitKind::Section || unit.kind == UnitKind::Clause) &&
            !unit.explicit_id && split(unit.id, n.parts))
            group.push_back(std::move(n));
    }
    if (!group.empty()) out.push_back(std::move(group));
}

} // namespace

std::vector<std::vector<NumberedUnit>> sibling_groups(const Document& doc) {
    std::vector<std::vector<NumberedUnit>> out;
    add_group(doc, doc.roots, out);
    for (const Unit& unit : doc.units)
        add_group(doc, unit.children, out);
    return out;
}

std::string join_number(const std::vector<int>& parts) {
    std::string out;
    for (int p : parts)
        out += (out.empty() ? "" : ".") + std::to_string(p);
    return out;
}

} // namespace clerk::check

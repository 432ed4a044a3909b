#include "render/anchors.hpp"

#include <map>

namespace clerk::render {

namespace {

std::string base_anchor(const Unit& unit) {
    bool numbered = !unit.number.empty() && unit.kind != UnitKind::Appendix && !unit.explicit_id;
    std::string id = numbered ? "clause-" + unit.id : unit.id;
    // An id may hold anything but whitespace.
    for (char& c : id)
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') c = '-';
    return id.empty() ? "unit" : id;
}

} // namespace

std::vector<std::string> unit_anchors(const Document& doc) {
    std::vector<std::string> out;
    out.reserve(doc.units.size());
    std::map<std::string, int> seen;
    for (const Unit& unit : doc.units) {
        std::string anchor = base_anchor(unit);
        int n = ++seen[anchor];
        out.push_back(n == 1 ? anchor : anchor + "-" + std::to_string(n));
    }
    return out;
}

} // namespace clerk::render

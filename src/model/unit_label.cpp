#include "model/unit_label.hpp"

#include <string_view>

namespace clerk {

std::string unit_label(const Unit& unit) {
    if (unit.kind == UnitKind::Preamble) return "the preamble";
    if (unit.kind == UnitKind::Appendix) return unit.number.empty() ? unit.title : unit.number;
    if (!unit.number.empty() && !unit.explicit_id) return unit.id;
    if (!unit.number.empty()) {
        std::string_view number = unit.number; // "5." is cited as 5
        while (number.size() > 1 && number.back() == '.')
            number.remove_suffix(1);
        return std::string(number);
    }
    return unit.title.empty() ? unit.id : unit.title;
}

std::string unit_label(const Document& doc, UnitIndex unit) {
    if (unit == kNoUnit || unit < 0 || static_cast<std::size_t>(unit) >= doc.units.size())
        return "the preamble";
    return unit_label(doc.units[static_cast<std::size_t>(unit)]);
}

} // namespace clerk

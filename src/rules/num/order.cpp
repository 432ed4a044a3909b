#include "rules/helpers/numbering.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace clerk::check {

namespace {

void find_num_order(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    for (const auto& group : sibling_groups(ctx.document)) {
        for (std::size_t i = 0; i < group.size(); ++i) {
            const NumberedUnit& cur = group[i];
            const Unit& unit = ctx.document.units[static_cast<std::size_t>(cur.unit)];
            // A number that does not continue its parent's ("2.1" under section 1).
            if (unit.parent != kNoUnit && cur.parts.size() > 1) {
                const Unit& parent = ctx.document.units[static_cast<std::size_t>(unit.parent)];
                std::string prefix = join_number({cur.parts.begin(), cur.parts.end() - 1});
                bool numbered_parent = !parent.number.empty() && parent.kind != UnitKind::Appendix;
                if (numbered_parent && prefix.rfind(parent.id, 0) != 0) {
                    out.push_back(finding(ctx.document, {unit.number_pos, unit.number_pos},
                                          fmt::format("{} is numbered outside its {} {}", unit.id,
                                                      to_string(parent.kind), parent.id),
                                          "number it " + parent.id + ".N, or move it"));
                    continue;
                }
            }
            if (i == 0) continue;
            const NumberedUnit& prev = group[i - 1];
            if (prev.parts.size() != cur.parts.size()) continue;
            if (cur.parts < prev.parts) {
                out.push_back(finding(ctx.document, {unit.number_pos, unit.number_pos},
                                      fmt::format("{} comes after {}: numbers out of order",
                                                  unit.id, join_number(prev.parts)),
                                      "renumber the units in document order, or move this one"));
            }
        }
    }
}

} // namespace

Rule rule_num_order() {
    return {"num/order", Severity::Error, "numbers out of order, or outside their parent",
            "What it does: reports a unit numbered lower than the sibling before it (9.1.6 after "
            "9.1.7) "
            "and a unit whose number does not continue its section's (2.1 inside section 1). Why: "
            "readers and references find clauses by number; out-of-order numbers send them to the "
            "wrong place. Example: '5.9' followed by '5.8' after paragraphs were moved.",
            find_num_order};
}

} // namespace clerk::check

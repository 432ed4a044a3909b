#include "rules/rule.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace clerk::check {

namespace {

std::size_t depth(const std::string& id) {
    return static_cast<std::size_t>(std::count(id.begin(), id.end(), '.'));
}

void find_num_level_skip(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    for (const Unit& unit : ctx.document.units) {
        if (unit.parent == kNoUnit || unit.number.empty() || unit.kind == UnitKind::Appendix)
            continue;
        const Unit& parent = ctx.document.units[static_cast<std::size_t>(unit.parent)];
        if (parent.number.empty() || parent.kind == UnitKind::Appendix) continue;
        if (unit.id.rfind(parent.id + ".", 0) != 0) continue; // num/order reports it
        if (depth(unit.id) <= depth(parent.id) + 1) continue;
        std::string skipped = unit.id.substr(0, unit.id.rfind('.'));
        out.push_back(
            finding(ctx.document, {unit.number_pos, unit.number_pos},
                    fmt::format("{} skips a level: it sits directly under {} and there is no {}",
                                unit.id, parent.id, skipped),
                    fmt::format("add {} or renumber this unit {}.N", skipped, parent.id)));
    }
}

} // namespace

Rule rule_num_level_skip() {
    return {"num/level-skip", Severity::Warning, "a unit numbered two levels below its parent",
            "What it does: reports a unit whose number has more levels than its place calls for "
            "(9.3.5.1 directly under 9.3, with no 9.3.5). Why: the missing level is usually a lost "
            "heading or clause, and the structure no longer matches the numbers. Example: "
            "'## 9.3 Access' followed by '9.3.5.1 ...'.",
            find_num_level_skip};
}

} // namespace clerk::check

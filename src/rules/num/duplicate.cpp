#include "rules/rule.hpp"

#include <fmt/format.h>
#include <map>

namespace clerk::check {

namespace {

void find_num_duplicate(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    std::map<std::string, UnitIndex> first;
    for (std::size_t i = 0; i < ctx.document.units.size(); ++i) {
        const Unit& unit = ctx.document.units[i];
        if (unit.kind == UnitKind::Preamble) continue;
        auto [it, inserted] = first.emplace(unit.id, static_cast<UnitIndex>(i));
        if (inserted) continue;
        const Unit& earlier = ctx.document.units[static_cast<std::size_t>(it->second)];
        Diagnostic d = finding(ctx.document, {unit.number_pos, unit.number_pos},
                               fmt::format("duplicate number {}: it is also used on line {}",
                                           unit.id, earlier.number_pos.line),
                               "give each unit its own number; references to " + unit.id +
                                   " cannot tell them apart");
        d.notes.push_back({"first used here",
                           ctx.document.source.path(),
                           {earlier.number_pos, earlier.number_pos}});
        out.push_back(std::move(d));
    }
}

} // namespace

Rule rule_num_duplicate() {
    return {
        "num/duplicate", Severity::Error, "two units with the same number or ID",
        "What it does: reports a unit whose number (or explicit ID) is already used by an earlier "
        "unit. Why: references to that number become ambiguous and renders cannot link it. "
        "Example: two clauses numbered 9.1.4 after a paragraph was split.",
        find_num_duplicate};
}

} // namespace clerk::check

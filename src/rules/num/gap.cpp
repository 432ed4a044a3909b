#include "rules/helpers/numbering.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace clerk::check {

namespace {

std::string missing_range(std::vector<int> parts, int from, int to) {
    parts.back() = from;
    std::string first = join_number(parts);
    if (from == to) return first;
    parts.back() = to;
    return first + "–" + join_number(parts);
}

void find_num_gap(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    for (const auto& group : sibling_groups(ctx.document)) {
        for (std::size_t i = 0; i < group.size(); ++i) {
            const NumberedUnit& cur = group[i];
            const Unit& unit = ctx.document.units[static_cast<std::size_t>(cur.unit)];
            std::vector<int> prefix(cur.parts.begin(), cur.parts.end() - 1);
            int expected = 1;
            if (i > 0) {
                const NumberedUnit& prev = group[i - 1];
                // Only siblings of one level and prefix form a sequence.
                if (std::vector<int>(prev.parts.begin(), prev.parts.end() - 1) != prefix ||
                    prev.parts.size() != cur.parts.size())
                    continue;
                expected = prev.parts.back() + 1;
                if (cur.parts.back() <= prev.parts.back()) continue; // num/order or num/duplicate
            } else if (cur.parts.size() == 1 && cur.parts.back() != 1) {
                // Minutes are numbered on from the last meeting's: their first is never 1.
                if (ctx.document.metadata.kind == "minutes") continue;
                expected = 1;
            } else if (cur.parts.size() > 1) {
                // The first child continues its parent's number ("10.2" -> "10.2.1").
                UnitIndex parent = unit.parent;
                if (parent == kNoUnit ||
                    ctx.document.units[static_cast<std::size_t>(parent)].id != join_number(prefix))
                    continue;
            }
            if (cur.parts.back() <= expected) continue;
            std::string missing = missing_range(cur.parts, expected, cur.parts.back() - 1);
            std::string message =
                i > 0 ? fmt::format(
                            "numbering gap: {} is followed by {}; {} is missing",
                            ctx.document.units[static_cast<std::size_t>(group[i - 1].unit)].id,
                            unit.id, missing)
                      : fmt::format("numbering gap: {} is the first of its level; {} is missing",
                                    unit.id, missing);
            out.push_back(finding(ctx.document, {unit.number_pos, unit.number_pos}, message,
                                  "renumber the following units (clerk diff shows the "
                                  "consequential changes), or restore the missing text"));
        }
    }
}

} // namespace

Rule rule_num_gap() {
    return {
        "num/gap", Severity::Warning, "a number missing from a sequence of clauses or sections",
        "What it does: reports a sequence of sibling units that skips a number (8.3.2 followed by "
        "8.3.4) or starts above 1 (10.2 whose first clause is 10.2.2). Why: a gap usually means a "
        "clause was deleted without renumbering, or text was lost; references to the missing "
        "number then point nowhere. Example: '8.3.2 Councillors shall not act ...' then "
        "'8.3.4 If participating ...'.",
        find_num_gap};
}

} // namespace clerk::check

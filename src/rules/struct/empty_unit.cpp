#include "model/plain_text.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    for (const Unit& unit : ctx.document.units) {
        if (unit.kind == UnitKind::Preamble || !unit.children.empty()) continue;
        if (!plain_text(unit).empty()) continue;
        bool has_content = false;
        for (const Block& b : unit.blocks)
            if (b.kind == BlockKind::Table || b.kind == BlockKind::Code) has_content = true;
        if (has_content) continue;
        std::string label = unit.number.empty() ? unit.id : unit.number;
        out.push_back(finding(ctx.document, {unit.number_pos, unit.number_pos},
                              fmt::format("{} {} is empty: it has no text and no sub-units",
                                          to_string(unit.kind), label),
                              "add its text, or remove it and renumber"));
    }
}

} // namespace

Rule rule_struct_empty_unit() {
    return {
        "struct/empty-unit", Severity::Warning, "a section or clause with nothing in it",
        "What it does: reports a heading with no text and no sub-units, and a clause number with "
        "no words after it. Why: an empty unit is left over from a deletion or a paste that lost "
        "its text. Example: '## 9.7 Use of Resources' followed directly by '# 10. Public "
        "Relations'.",
        find};
}

} // namespace clerk::check

#include "model/ascii.hpp"
#include "model/document_kinds.hpp"
#include "model/plain_text.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace clerk::check {

namespace {

// A heading that introduces the appendices which follow it ("11. Appendices").
bool heads_appendices(const Document& doc, std::size_t i) {
    std::string title = ascii_lower(doc.units[i].title);
    bool named = title.rfind("appendices", 0) == 0 || title.rfind("annexes", 0) == 0 ||
                 title.rfind("list of appendices", 0) == 0;
    return named && i + 1 < doc.units.size() && doc.units[i + 1].kind == UnitKind::Appendix;
}

void find_struct_empty_unit(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    // A report's, minutes' or agenda's unnumbered headings are the lines of its front sheet
    // and attendance list ("Place: Virtual Meeting", "Contact: ..."), and its appendices are
    // documents of their own: neither is a section that lost its text.
    bool covering = covers_other_documents(ctx.document.metadata);
    for (std::size_t i = 0; i < ctx.document.units.size(); ++i) {
        const Unit& unit = ctx.document.units[i];
        if (unit.kind == UnitKind::Preamble || !unit.children.empty()) continue;
        if (covering && (unit.number.empty() || unit.kind == UnitKind::Appendix)) continue;
        if (heads_appendices(ctx.document, i)) continue;
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
        "no words after it. A heading that introduces the appendices after it ('11. "
        "Appendices') is not empty; nor, in a report, minutes or agenda, are the unnumbered "
        "headings of its front sheet and attendance list or the appendix headings that name "
        "documents attached to it. Why: an empty unit is left over from a deletion or a paste "
        "that lost its text. Example: '## 9.7 Use of Resources' followed directly by '# 10. Public "
        "Relations'.",
        find_struct_empty_unit};
}

} // namespace clerk::check

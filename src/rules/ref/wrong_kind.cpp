#include "model/document_kinds.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace clerk::check {

namespace {

void find_ref_wrong_kind(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    // A report's "Appendix 1" is a document of its own: ref/outside notes those it lacks.
    if (covers_other_documents(ctx.document.metadata)) return;
    std::string have;
    for (const Unit& unit : ctx.document.units)
        if (unit.kind == UnitKind::Appendix) have += (have.empty() ? "" : ", ") + unit.number;
    for (const Reference& ref : ctx.links.references) {
        for (const ReferenceTarget& target : ref.targets) {
            if (target.unit != kNoUnit || (target.noun != "appendix" && target.noun != "annex"))
                continue;
            std::string noun = target.noun == "annex" ? "Annex" : "Appendix";
            out.push_back(
                finding(ctx.document, target.span,
                        fmt::format("'{}' names {} {}, but the document has {}", ref.text, noun,
                                    target.number, have.empty() ? "no appendices" : "only " + have),
                        have.empty() ? "add the appendix, or say which document it belongs to"
                                     : "refer to one of: " + have));
        }
    }
}

} // namespace

Rule rule_ref_wrong_kind() {
    return {
        "ref/wrong-kind", Severity::Error,
        "a reference to an appendix or annex the document does not have",
        "What it does: finds references to appendices and annexes ('Appendix 3', 'Annex B') that "
        "are not units of the document. Why: appendices are added and dropped between versions and "
        "a stale label is easy to miss. A report's or minutes' appendices are documents of "
        "their own: ref/outside notes those they lack. Example: 'set out in Appendix 2' when "
        "the protocol has only Appendix 1.",
        find_ref_wrong_kind};
}

} // namespace clerk::check

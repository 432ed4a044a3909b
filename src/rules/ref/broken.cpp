#include "model/document_kinds.hpp"
#include "rules/helpers/other_instruments.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace clerk::check {

namespace {

void find_ref_broken(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    // A report or minutes cite the numbers of the documents they present: ref/outside notes
    // those they lack.
    if (covers_other_documents(ctx.document.metadata)) return;
    for (const Reference& ref : ctx.links.references) {
        if (cites_another_instrument(ctx.document, ref)) continue;
        for (const ReferenceTarget& target : ref.targets) {
            if (target.unit != kNoUnit || target.noun == "appendix" || target.noun == "annex")
                continue;
            // The nearest existing number is the likeliest intended target.
            std::string parent = target.id.substr(0, target.id.rfind('.'));
            std::string hint =
                target.id.find('.') != std::string::npos && ctx.document.find(parent) != kNoUnit
                    ? fmt::format("check the number: {} exists but has no {}", parent, target.id)
                    : "correct the number, or remove the reference";
            out.push_back(
                finding(ctx.document, target.span,
                        fmt::format("'{}' refers to {}, which does not exist in this document",
                                    ref.text, target.id),
                        hint));
        }
    }
}

} // namespace

Rule rule_ref_broken() {
    return {"ref/broken", Severity::Error, "a reference to a section or clause that does not exist",
            "What it does: finds internal references ('Section 9.1.14', 'Sections 5.7 and 9.3.5', "
            "'the processes in 12.2', ranges such as '9.1.1 to 9.1.4') whose number is not a unit "
            "of the document. Numbers tied to another instrument ('section 27 (2) of the Act', "
            "'paragraph 39 of Schedule 12 to the Local Government Act 1972', 'Part 5, Section "
            "14', a report's 'Section 17 implications') are citations of it, not references. "
            "A report's or minutes' numbers are left to ref/outside. "
            "Why: a clause removed or renumbered in a redraft leaves references "
            "that send readers nowhere. Example: 'see Section 9.7' when section 9 ends at 9.6.",
            find_ref_broken};
}

} // namespace clerk::check

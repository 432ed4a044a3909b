#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/constitution_checks.hpp"
#include "content/legislation_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    append(out, content::check_act_titles(ctx.document, ctx.runs,
                                          ctx.data.legislation ? &*ctx.data.legislation : nullptr));
}

} // namespace

Rule rule_cite_act_title() {
    return {"cite/act-title", Severity::Warning,
            "an Act's title spelled differently from the register or two ways in one document",
            "What it does: checks each cited Act's short title against the legislation register "
            "and against the document's other citations. Why: a misspelt title is a defect in a "
            "legal document and hinders searching. Example: 'S.100 Local government Act 1972' for "
            "the Local Government Act 1972.",
            find};
}

} // namespace clerk::check

#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/constitution_checks.hpp"
#include "content/legislation_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    if (ctx.data.legislation)
        append(out, content::check_act_years(ctx.document, ctx.runs, *ctx.data.legislation));
}

} // namespace

Rule rule_cite_act_year() {
    return {"cite/act-year", Severity::Warning,
            "an Act cited with a year the register does not know for it",
            "What it does: reports an Act of the register cited with the wrong year. Why: the year "
            "identifies the Act; a wrong year cites a different or non-existent statute. Example: "
            "'Localism Act 2001' for the Localism Act 2011.",
            find};
}

} // namespace clerk::check

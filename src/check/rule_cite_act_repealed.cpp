#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/constitution_checks.hpp"
#include "content/legislation_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    if (ctx.data.legislation)
        append(out, content::check_act_repeals(ctx.document, ctx.runs, *ctx.data.legislation));
}

} // namespace

Rule rule_cite_act_repealed() {
    return {"cite/act-repealed", Severity::Warning, "a repealed Act cited as if in force",
            "What it does: reports citations of Acts the register marks as repealed and names the "
            "successor. Why: duties under a repealed Act no longer apply as cited. Example: 'the "
            "Data Protection Act 1998' (repealed; now the Data Protection Act 2018 and UK GDPR).",
            find};
}

} // namespace clerk::check

#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/term_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    if (ctx.data.deprecated)
        append(out, content::check_deprecated_titles(ctx.document, ctx.runs, *ctx.data.deprecated));
}

} // namespace

Rule rule_term_deprecated() {
    return {"term/deprecated", Severity::Warning, "a job title the council has retired",
            "What it does: reports titles listed in deprecated-titles.yaml and suggests the "
            "current one. Why: restructures rename posts; a retired title leaves a duty with "
            "nobody. Example: 'Strategic Director' -> 'Executive Director'.",
            find};
}

} // namespace clerk::check

#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/term_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    append(out, content::check_lowercase_terms(ctx.document, ctx.runs));
}

} // namespace

Rule rule_term_lowercase() {
    return {"term/lowercase", Severity::Info, "a defined term written in lower case",
            "What it does: reports multi-word defined terms written in lower case. Why: the "
            "capital marks the defined meaning; in lower case a reader cannot tell whether the "
            "definition applies. Example: 'a representative of their political group' where "
            "'Political Group' is defined.",
            find};
}

} // namespace clerk::check

#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/term_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    append(out, content::check_near_miss_terms(ctx.document, ctx.runs));
}

} // namespace

Rule rule_term_near_miss() {
    return {"term/near-miss", Severity::Warning,
            "a capitalised role or body that is not defined but is close to a defined term",
            "What it does: reports capitalised multi-word roles and bodies that are not defined "
            "but differ from a defined term by one word or a few letters, and suggests the defined "
            "term and where it is defined. Why: a second name for a defined role makes readers "
            "wonder whether it is a different post. Example: 'Chief Finance Officer' where 1.2.6 "
            "defines 'Designated Finance Officer'.",
            find};
}

} // namespace clerk::check

#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/term_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    append(out, content::check_unused_definitions(ctx.document, ctx.runs));
}

} // namespace

Rule rule_term_unused() {
    return {"term/unused", Severity::Warning, "a definition whose term is never used",
            "What it does: reports a defined term that the rest of the document never uses. Why: "
            "an unused definition is dead text, or the text uses another name for the same thing. "
            "Example: 1.2.6 defines 'Designated Finance Officer' and the protocol later says 'the "
            "Finance Officer'.",
            find};
}

} // namespace clerk::check

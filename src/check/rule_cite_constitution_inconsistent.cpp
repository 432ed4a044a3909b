#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/constitution_checks.hpp"
#include "content/legislation_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    append(out,
           content::check_constitution_consistency(
               ctx.document, ctx.runs, ctx.data.constitution ? &*ctx.data.constitution : nullptr));
}

} // namespace

Rule rule_cite_constitution_inconsistent() {
    return {
        "cite/constitution-inconsistent", Severity::Warning,
        "one body or document cited at two different places of the Constitution",
        "What it does: reports a body or document (Councillor Bodies, the Officer Delegations) "
        "cited at different Parts or Schedules within one document; needs no map. Why: at most one "
        "of the citations can be right. Example: 'Councillor Bodies ... described in Part 3, "
        "Schedule 2' in 1.2.2 and '... Councillor Body as set out in Part 3, Schedule 3' in 8.1.8.",
        find};
}

} // namespace clerk::check

#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/constitution_checks.hpp"
#include "content/legislation_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    if (ctx.data.constitution)
        append(out,
               content::check_constitution_map(ctx.document, ctx.runs, *ctx.data.constitution));
}

} // namespace

Rule rule_cite_constitution_map() {
    return {
        "cite/constitution-map", Severity::Warning,
        "a constitution citation whose words disagree with the constitution map",
        "What it does: compares what the text calls a cited Part, Schedule, Article or Standing "
        "Order with the council's constitution map (constitution-map.yaml). Why: a citation to the "
        "wrong Schedule sends readers to the wrong rules. Example: 'the terms of reference of the "
        "relevant Councillor Body as set out in Part 3, Schedule 3' when the map puts Councillor "
        "Bodies at Part 3, Schedule 2 and Schedule 3 is the Officer Delegations.",
        find};
}

} // namespace clerk::check

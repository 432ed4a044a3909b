#include "rules/helpers/legislation.hpp"
#include "rules/rule.hpp"
#include "text/similarity.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clerk::check {

using namespace text;

namespace {

void find_cite_act_repealed(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    if (!ctx.data.legislation) return;
    const refdata::LegislationRegister& reg = *ctx.data.legislation;
    for (const LocatedActCitation& lc : act_citations(ctx.links)) {
        const ActCitation& c = lc.cite;
        const refdata::Act* act = resolve_act(reg, c);
        if (!act) continue;
        const TextRun& run = runs[lc.run];
        if (is_historical(sentence_text(run, c.span.begin))) continue;
        if (!act->repealed_by.empty()) {
            std::string successor = act->successor.empty() ? act->repealed_by : act->successor;
            out.push_back(finding_at(document, run, {c.title_span.begin, c.span.end},
                                     fmt::format("the {} was repealed by the {}; cite the {}",
                                                 act->full_title(), act->repealed_by, successor),
                                     successor));
            continue;
        }
        if (c.section.empty()) continue;
        const refdata::ActSection* section = act->section(c.section);
        if (section && !section->repealed_by.empty())
            out.push_back(finding_at(document, run, c.span,
                                     fmt::format("section {} of the {} ({}) was repealed by the {}",
                                                 section->number, act->full_title(),
                                                 section->subject, section->repealed_by)));
    }
}

} // namespace

Rule rule_cite_act_repealed() {
    return {"cite/act-repealed",
            Severity::Warning,
            "a repealed Act cited as if in force",
            "What it does: reports citations of Acts the register marks as repealed and names the "
            "successor. Why: duties under a repealed Act no longer apply as cited. Example: 'the "
            "Data Protection Act 1998' (repealed; now the Data Protection Act 2018 and UK GDPR).",
            find_cite_act_repealed,
            Needs::Legislation};
}

} // namespace clerk::check

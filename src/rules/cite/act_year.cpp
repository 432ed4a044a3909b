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

void find_cite_act_year(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    if (!ctx.data.legislation) return;
    const refdata::LegislationRegister& reg = *ctx.data.legislation;
    const RegisterTitles titles(reg);
    for (const LocatedActCitation& lc : act_citations(ctx.links)) {
        const ActCitation& c = lc.cite;
        if (!c.year) continue;
        std::string title = c.title;
        if (!reg.knows_title(title)) {
            std::string official = titles.act_title(title_key(title));
            if (!official.empty()) title = official;
        }
        std::vector<int> years = reg.years_of(title);
        if (years.empty() || std::find(years.begin(), years.end(), c.year) != years.end()) continue;
        Range year_span{c.title_span.end,
                        c.span.end > c.title_span.end ? c.span.end : c.title_span.end};
        if (c.span.end <= c.title_span.end) year_span = c.title_span;
        std::string suggestion =
            years.size() == 1 ? fmt::format("{} {}", title, years.front()) : std::string{};
        std::string message = fmt::format("there is no {} {}: the register has the {} of {}", title,
                                          c.year, title, years_list(years));
        // "Health and Care Act 2012" is more likely the Health and Social Care Act 2012.
        ActCitation other_title = c;
        if (const refdata::Act* near = nearest_act(reg, other_title);
            near && near->title != title) {
            message += fmt::format("; or did you mean the {}?", near->full_title());
            suggestion = near->full_title();
        }
        out.push_back(finding_at(document, runs[lc.run], {c.title_span.begin, c.span.end}, message,
                                 suggestion));
    }
}

} // namespace

Rule rule_cite_act_year() {
    return {"cite/act-year",
            Severity::Warning,
            "an Act cited with a year the register does not know for it",
            "What it does: reports an Act of the register cited with the wrong year. Why: the year "
            "identifies the Act; a wrong year cites a different or non-existent statute. Example: "
            "'Localism Act 2001' for the Localism Act 2011.",
            find_cite_act_year,
            Needs::Legislation};
}

} // namespace clerk::check

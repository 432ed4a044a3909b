#include "rules/helpers/gendered_terms.hpp"
#include "rules/rule.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clerk::check {

using namespace text;

namespace {

void find_lang_gendered(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    if (!ctx.data.gendered) return;
    const refdata::GenderedTerms& terms = *ctx.data.gendered;
    // Titles of Acts ("Representation of the People Act") are left alone.
    std::vector<std::vector<Range>> act_titles(runs.size());
    for (const Reference& ref : ctx.links.references)
        if (ref.legislation && !ref.legislation->title.empty())
            act_titles[ref.run].push_back(ref.legislation->title_span);
    GenderedMatcher matcher(terms);
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const TextRun& run = runs[r];
        for (const GenderedHit& hit : matcher.find(run, ctx.words_of(run), act_titles[r])) {
            std::string written = run.text.text.substr(hit.begin, hit.end - hit.begin);
            std::string suggestions;
            for (std::size_t k = 0; k < hit.term->suggestions.size(); ++k)
                suggestions += (k ? "' or '" : "") + hit.term->suggestions[k];
            const char* why = hit.term->kind == refdata::GenderedKind::Paired
                                  ? "a paired gendered form"
                              : hit.term->kind == refdata::GenderedKind::Pronoun
                                  ? "a gendered pronoun used generically"
                                  : "a gendered noun";
            out.push_back(finding_at(document, run, {hit.begin, hit.end},
                                     fmt::format("'{}' is {}: use '{}'", written, why, suggestions),
                                     hit.term->suggestions.front()));
        }
    }
}

} // namespace

Rule rule_lang_gendered() {
    return {"lang/gendered",
            Severity::Warning,
            "gendered language where a neutral form serves",
            "What it does: finds generic gendered pronouns and nouns ('him / her', 'he or she', "
            "'s/he', 'chairman', 'manpower') in normative text and suggests a neutral form from "
            "gendered-terms.yaml. Titles of Acts, quotations, named people and allowed titles "
            "(Mayoress, Alderman) are left alone. Why: councils commit to gender-neutral drafting, "
            "and leftovers slip through redrafts. Example: 'advice attributed to him / her' -> "
            "'attributed to them'.",
            find_lang_gendered,
            Needs::GenderedTerms};
}

} // namespace clerk::check

#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/gendered_check.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    if (ctx.data.gendered)
        append(out, content::check_gendered_language(ctx.document, ctx.runs, *ctx.data.gendered));
}

} // namespace

Rule rule_lang_gendered() {
    return {"lang/gendered", Severity::Warning, "gendered language where a neutral form serves",
            "What it does: finds generic gendered pronouns and nouns ('him / her', 'he or she', "
            "'s/he', 'chairman', 'manpower') in normative text and suggests a neutral form from "
            "gendered-terms.yaml. Titles of Acts, quotations, named people and allowed titles "
            "(Mayoress, Alderman) are left alone. Why: councils commit to gender-neutral drafting, "
            "and leftovers slip through redrafts. Example: 'advice attributed to him / her' -> "
            "'attributed to them'.",
            find};
}

} // namespace clerk::check

#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/canonical_check.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    if (ctx.data.canonical)
        append(out, content::check_canonical_texts(ctx.document, ctx.runs, *ctx.data.canonical));
}

} // namespace

Rule rule_text_canonical() {
    return {
        "text/canonical", Severity::Warning,
        "a quoted standard text that departs from its canonical wording",
        "What it does: finds passages that quote a canonical text (the Seven Principles of Public "
        "Life, canonical-texts.yaml) and reports the word-level differences from the accepted "
        "wordings. Why: the Principles are quoted as authority and must be quoted exactly. "
        "Example: 'be willing to change poor behaviour' where the 2013 text says 'challenge'.",
        find};
}

} // namespace clerk::check

#include "rules/helpers/defined_terms.hpp"
#include "rules/rule.hpp"
#include "text/similarity.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clerk::check {

using namespace text;

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    for (const DefinedTerm& t : defined_terms(document)) {
        bool used = false;
        for (const TextRun& run : runs) {
            if (in_definitions(document, run.unit)) continue;
            std::string lowered = lower_ascii(run.text.text);
            for (const std::string& form : term_forms(lower_ascii(t.term)))
                used = used || !occurrences(lowered, form).empty();
            if (used) break;
        }
        if (used) continue;
        out.push_back(finding(
            document,
            {t.pos, {t.pos.line, t.pos.column + static_cast<std::uint32_t>(t.term.size()) - 1}},
            fmt::format("'{}' is defined ({}) but never used outside the definitions", t.term,
                        unit_label(document, t.unit)),
            "use the term where the document means it, or remove the definition"));
    }
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

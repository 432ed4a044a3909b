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

void find_term_lowercase(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    const std::vector<bool> definitions = definitions_mask(document);
    for (const DefinedTerm& t : defined_terms(document)) {
        if (split_spaces(t.term).size() < 2) continue; // "councillor" alone is ordinary English
        std::string low = fold_case(t.term);
        if (low == t.term) continue;
        const std::vector<std::string> forms = term_forms(low);
        for (const TextRun& run : runs) {
            if (run.in_quote || in_definitions(definitions, run.unit)) continue;
            for (const std::string& form : forms)
                for (std::size_t at : occurrences(run.text.text, form)) {
                    if (in_any(run.quotations, at)) continue;
                    out.push_back(
                        finding_at(document, run, {at, at + form.size()},
                                   fmt::format("'{}' is the defined term '{}' ({}) in lower case",
                                               form, t.term, unit_label(document, t.unit)),
                                   t.term));
                }
        }
    }
}

} // namespace

Rule rule_term_lowercase() {
    return {"term/lowercase", Severity::Info, "a defined term written in lower case",
            "What it does: reports multi-word defined terms written in lower case. Why: the "
            "capital marks the defined meaning; in lower case a reader cannot tell whether the "
            "definition applies. Example: 'a representative of their political group' where "
            "'Political Group' is defined.",
            find_term_lowercase};
}

} // namespace clerk::check

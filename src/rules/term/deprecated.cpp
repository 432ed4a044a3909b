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

void find_term_deprecated(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    if (!ctx.data.deprecated) return;
    const refdata::DeprecatedTitles& titles = *ctx.data.deprecated;
    for (const refdata::DeprecatedTitle& title : titles.titles) {
        std::string low = fold_case(title.title);
        std::string replacement = fold_case(title.replacement);
        for (const TextRun& run : runs) {
            if (run.in_quote) continue;
            std::string lowered = fold_case(run.text.text);
            for (std::size_t at : occurrences(lowered, low)) {
                if (in_any(run.quotations, at)) continue;
                Range sentence = sentence_at(run, at);
                std::string s = lowered.substr(sentence.begin, sentence.end - sentence.begin);
                // A sentence that reports the change of title is not using the old one.
                if (s.find(replacement) != std::string::npos ||
                    s.find("formerly") != std::string::npos ||
                    s.find("previously") != std::string::npos ||
                    s.find("renamed") != std::string::npos)
                    continue;
                std::size_t end = at + low.size();
                if (end < lowered.size() && lowered[end] == 's') ++end;
                std::string written = run.text.text.substr(at, end - at);
                std::string suggestion =
                    title.replacement + (written.back() == 's' && low.back() != 's' ? "s" : "");
                out.push_back(finding_at(
                    document, run, {at, end},
                    fmt::format("'{}' is a retired title: use '{}'{}", written, suggestion,
                                title.note.empty() ? "" : " (" + title.note + ")"),
                    suggestion));
            }
        }
    }
}

} // namespace

Rule rule_term_deprecated() {
    return {"term/deprecated",
            Severity::Warning,
            "a job title the council has retired",
            "What it does: reports titles listed in deprecated-titles.yaml and suggests the "
            "current one. Why: restructures rename posts; a retired title leaves a duty with "
            "nobody. Example: 'Strategic Director' -> 'Executive Director'.",
            find_term_deprecated,
            Needs::DeprecatedTitles};
}

} // namespace clerk::check

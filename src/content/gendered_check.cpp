#include "content/gendered_check.hpp"

#include "content/act_citations.hpp"
#include "content/findings.hpp"
#include "content/gendered.hpp"

#include <fmt/format.h>

namespace clerk::content {

std::vector<Diagnostic> check_gendered_language(const Document& document,
                                                const std::vector<TextRun>& runs,
                                                const refdata::GenderedTerms& terms) {
    std::vector<Diagnostic> out;
    for (const TextRun& run : runs) {
        std::vector<Range> skip;
        for (const ActCitation& c : find_act_citations(run.text.text))
            skip.push_back(c.title_span);
        for (const GenderedHit& hit : find_gendered(run, terms, skip)) {
            std::string written = run.text.text.substr(hit.begin, hit.end - hit.begin);
            std::string suggestions;
            for (std::size_t k = 0; k < hit.term->suggestions.size(); ++k)
                suggestions += (k ? "' or '" : "") + hit.term->suggestions[k];
            const char* why = hit.term->kind == refdata::GenderedKind::Paired
                                  ? "a paired gendered form"
                              : hit.term->kind == refdata::GenderedKind::Pronoun
                                  ? "a gendered pronoun used generically"
                                  : "a gendered noun";
            out.push_back(finding_at(document, run, {hit.begin, hit.end}, "lang/gendered",
                                     Severity::Warning,
                                     fmt::format("'{}' is {}: use '{}'", written, why, suggestions),
                                     hit.term->suggestions.front()));
        }
    }
    return out;
}

} // namespace clerk::content

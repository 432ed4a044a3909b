#include "rules/helpers/legislation.hpp"
#include "rules/rule.hpp"
#include "text/similarity.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <set>

namespace clerk::check {

using namespace text;

namespace {

void find_cite_act_title(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    const refdata::LegislationRegister* reg =
        ctx.data.legislation ? &*ctx.data.legislation : nullptr;
    std::vector<LocatedActCitation> cites = act_citations(ctx.links);
    std::optional<RegisterTitles> titles;
    if (reg) titles.emplace(*reg);
    // Spellings of each title in this document, by key.
    std::map<std::string, std::map<std::string, std::vector<const LocatedActCitation*>>> spellings;
    for (const LocatedActCitation& lc : cites)
        spellings[title_key(lc.cite.title)][lc.cite.title].push_back(&lc);

    for (const LocatedActCitation& lc : cites) {
        const ActCitation& c = lc.cite;
        const TextRun& run = runs[lc.run];
        std::string key = title_key(c.title);
        // Another spelling of the same title elsewhere in the document.
        const LocatedActCitation* other_spelling = nullptr;
        for (const auto& [spelling, where] : spellings[key])
            if (spelling != c.title && !other_spelling) other_spelling = where.front();

        if (reg) {
            if (reg->knows_title(c.title)) continue;
            std::string official = titles->act_title(key);
            if (official.empty()) official = titles->other_title(key);
            if (!official.empty()) {
                Diagnostic d =
                    finding_at(document, run, c.title_span,
                               fmt::format("'{}' is not the Act's short title: it is the {}",
                                           c.title, official),
                               official);
                if (other_spelling)
                    add_note(d, document, runs[other_spelling->run],
                             other_spelling->cite.title_span,
                             fmt::format("the document also spells it '{}'",
                                         other_spelling->cite.title));
                out.push_back(std::move(d));
                continue;
            }
            if (const refdata::Act* near = nearest_act(*reg, c)) {
                out.push_back(finding_at(
                    document, run, c.title_span,
                    fmt::format("there is no '{}' in the legislation register; did you mean "
                                "the {} ({})?",
                                cited_as(c), near->full_title(), near->chapter),
                    near->title));
                continue;
            }
        }
        // Without the register: the document spells one title two ways.
        if (other_spelling) {
            const auto& mine = spellings[key][c.title];
            const auto& theirs = spellings[key][other_spelling->cite.title];
            bool minority = mine.size() < theirs.size() ||
                            (mine.size() == theirs.size() && other_spelling->run < lc.run);
            if (!minority) continue;
            Diagnostic d =
                finding_at(document, run, c.title_span,
                           fmt::format("the document spells this Act two ways: '{}' here and '{}' "
                                       "elsewhere",
                                       c.title, other_spelling->cite.title),
                           other_spelling->cite.title);
            add_note(d, document, runs[other_spelling->run], other_spelling->cite.title_span,
                     fmt::format("spelled '{}' here", other_spelling->cite.title));
            out.push_back(std::move(d));
        }
    }
}

} // namespace

Rule rule_cite_act_title() {
    return {"cite/act-title", Severity::Warning,
            "an Act's title spelled differently from the register or two ways in one document",
            "What it does: checks each cited Act's short title against the legislation register "
            "and against the document's other citations. Why: a misspelt title is a defect in a "
            "legal document and hinders searching. Example: 'S.100 Local government Act 1972' for "
            "the Local Government Act 1972.",
            find_cite_act_title};
}

} // namespace clerk::check

#include "rules/helpers/legislation.hpp"
#include "rules/rule.hpp"
#include "text/similarity.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clerk::check {

using namespace text;

namespace {

// True for a section inserted after another and lettered from it ("100F" after "100").
bool within_section(std::string_view cited, std::string_view other) {
    if (cited.size() <= other.size() || cited.substr(0, other.size()) != other) return false;
    return std::all_of(cited.begin() + static_cast<std::ptrdiff_t>(other.size()), cited.end(),
                       [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; });
}

void find_cite_legislation_section(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    const refdata::LegislationRegister* reg =
        ctx.data.legislation ? &*ctx.data.legislation : nullptr;
    std::vector<LocatedActCitation> cites = act_citations(ctx.links);
    if (!reg) return;
    // Citations of each section of each register Act, for the notes.
    std::map<std::pair<const refdata::Act*, std::string>, std::vector<const LocatedActCitation*>>
        by_section;
    for (const LocatedActCitation& lc : cites)
        if (const refdata::Act* act = resolve_act(*reg, lc.cite); act && !lc.cite.section.empty())
            by_section[{act, fold_case(lc.cite.section)}].push_back(&lc);
    for (const LocatedActCitation& lc : cites) {
        const ActCitation& c = lc.cite;
        if (c.section.empty()) continue;
        const refdata::Act* act = resolve_act(*reg, c);
        if (!act) continue;
        std::string context = citation_context(runs[lc.run], c);
        auto matches = [&](const refdata::ActSection& s) {
            return std::any_of(s.keywords.begin(), s.keywords.end(),
                               [&](const std::string& k) { return contains_phrase(context, k); });
        };
        const refdata::ActSection* cited = act->section(c.section);
        if (cited && matches(*cited)) continue;
        std::vector<const refdata::ActSection*> matching;
        for (const refdata::ActSection& s : act->sections)
            if (&s != cited && matches(s)) matching.push_back(&s);
        if (matching.size() != 1) continue;
        const refdata::ActSection* meant = matching.front();
        // Section 100F inside the Part that section 100 stands for: the citation is the more
        // precise of the two, not another duty.
        if (within_section(c.section, meant->number)) continue;
        std::string what =
            cited ? fmt::format("section {} is about {}", cited->number, cited->subject)
                  : fmt::format("the register lists no section {} among its sections of interest",
                                c.section);
        Diagnostic d = finding_at(
            document, runs[lc.run], c.span,
            fmt::format(
                "cites section {}{} of the {} here, but {}; the context matches section {} ({})",
                c.section, c.subsection, act->full_title(), what, meant->number, meant->subject),
            fmt::format("Section {}{} of the {}", meant->number, c.subsection, act->full_title()));
        // Where the document itself cites the other section for the same thing (the first few).
        auto& places = by_section[{act, fold_case(meant->number)}];
        for (std::size_t k = 0; k < places.size() && k < 3; ++k) {
            const LocatedActCitation& other = *places[k];
            add_note(d, document, runs[other.run], other.cite.span,
                     fmt::format("section {} is cited here ({})", meant->number,
                                 unit_label(document, runs[other.run].unit)));
        }
        out.push_back(std::move(d));
    }
}

} // namespace

Rule rule_cite_legislation_section() {
    return {"cite/legislation-section",
            Severity::Warning,
            "the same duty cited at different sections of an Act",
            "What it does: compares the section cited for a duty with the register's section "
            "subjects and with the document's other citations of the same Act. Why: a wrong "
            "section number points readers at an unrelated duty. Example: 'consistent with the "
            "Nolan Principles and the provisions of Section 29(1) Localism Act 2011' where "
            "Appendix 1 cites Section 28(1), the section about codes consistent with the Seven "
            "Principles; section 29 is the register of interests.",
            find_cite_legislation_section,
            Needs::Legislation};
}

} // namespace clerk::check

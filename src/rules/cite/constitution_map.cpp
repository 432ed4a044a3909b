#include "rules/helpers/constitution.hpp"
#include "rules/rule.hpp"
#include "text/similarity.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clerk::check {

using namespace text;

namespace {

void find_cite_constitution_map(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    if (!ctx.data.constitution) return;
    const refdata::ConstitutionMap& map = *ctx.data.constitution;
    const MapNames names(map);
    for (const NamedCitation& c : constitution_citations(document, ctx.links)) {
        const refdata::ConstitutionEntry* cited =
            map.find(c.part, c.schedule, c.article, c.standing_order);
        const TextRun& run = runs[c.run];
        if (!cited) {
            // A provision the map does not have: a slip ("Part 4(f)" for "Part 4(b)") or a map
            // to bring up to date. The entry its words name, if any, is where to look.
            std::string here = describe_location(c.part, c.schedule, c.article, c.standing_order);
            const refdata::ConstitutionEntry* named = nullptr;
            for (const std::string& region : c.names)
                if (!named) named = names.nearest(region).entry;
            std::string there = named ? describe_location(named->part, named->schedule,
                                                          named->article, named->standing_order)
                                      : std::string();
            Diagnostic d = finding_at(
                document, run, c.span,
                named ? fmt::format("cites {}, which is not in the constitution map; the map puts "
                                    "the {} at {}",
                                    here, named->title, there)
                      : fmt::format("cites {}, which is not in the constitution map", here),
                named ? there
                      : "check the citation, or add the provision to constitution-map.yaml");
            if (named)
                d.notes.push_back(
                    {fmt::format("{} is '{}' in the constitution map", there, named->title),
                     map.file,
                     {named->origin.pos, named->origin.pos}});
            out.push_back(std::move(d));
            continue;
        }
        const refdata::ConstitutionEntry* named = nullptr;
        bool cited_named = false;
        for (std::size_t k = 0; k < c.names.size(); ++k) {
            std::string region = c.names[k];
            NameMatch match = names.nearest(region);
            if (names.named_in(*cited, region)) cited_named = true;
            if (match.entry && !named) named = match.entry;
        }
        if (cited_named || !named || named == cited) continue;
        std::string here = describe_location(c.part, c.schedule, c.article, c.standing_order);
        std::string there =
            describe_location(named->part, named->schedule, named->article, named->standing_order);
        std::string said = run.text.text.substr(
            c.name_spans.front().begin, c.name_spans.front().end - c.name_spans.front().begin);
        if (c.name_spans.front().begin == c.span.begin) said = defined_term_of(document, run.unit);
        Diagnostic d = finding_at(
            document, run, c.span,
            fmt::format("cites {} for the {}, but the constitution map puts the {} at {} ({} is "
                        "the {})",
                        here, said, named->title, there, here, cited->title),
            there);
        d.notes.push_back({fmt::format("{} is '{}' in the constitution map", there, named->title),
                           map.file,
                           {named->origin.pos, named->origin.pos}});
        out.push_back(std::move(d));
    }
}

} // namespace

Rule rule_cite_constitution_map() {
    return {
        "cite/constitution-map",
        Severity::Warning,
        "a constitution citation whose words disagree with the constitution map, or that the map "
        "does not have",
        "What it does: compares what the text calls a cited Part, Schedule, Article or Standing "
        "Order with the council's constitution map (constitution-map.yaml), and reports a "
        "citation of a provision the map does not have ('Part 4(f)'), with the provision its "
        "words name. Why: a citation to the "
        "wrong Schedule sends readers to the wrong rules. Example: 'the terms of reference of the "
        "relevant Councillor Body as set out in Part 3, Schedule 3' when the map puts Councillor "
        "Bodies at Part 3, Schedule 2 and Schedule 3 is the Officer Delegations.",
        find_cite_constitution_map,
        Needs::ConstitutionMap};
}

} // namespace clerk::check

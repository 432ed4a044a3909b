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

void find_cite_constitution_inconsistent(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    const refdata::ConstitutionMap* map = ctx.data.constitution ? &*ctx.data.constitution : nullptr;
    std::vector<NamedCitation> cites = constitution_citations(document, ctx.links);
    // name -> location -> citations
    std::map<std::string, std::map<std::string, std::vector<const NamedCitation*>>> by_name;
    for (const NamedCitation& c : cites) {
        if (!c.standing_order.empty()) continue;
        std::string where = describe_location(c.part, c.schedule, c.article, c.standing_order);
        for (std::size_t k = 0; k < c.names.size(); ++k)
            if (c.proper_names[k]) by_name[c.names[k]][where].push_back(&c);
    }
    std::set<const NamedCitation*> reported;
    for (const auto& [name, places] : by_name) {
        if (places.size() < 2) continue;
        // The place taken as intended: one the constitution map has, when the other is not
        // in it (so "Part 4(f)" is the one reported, not the correct "Part 4(b)"); else the
        // most used; ties go to the first written.
        auto in_map = [&](const std::vector<const NamedCitation*>& list) {
            const NamedCitation* c = list.front();
            return map && map->find(c->part, c->schedule, c->article, c->standing_order);
        };
        const std::vector<const NamedCitation*>* main = nullptr;
        for (const auto& [where, list] : places) {
            bool better = !main;
            if (main && in_map(list) != in_map(*main))
                better = in_map(list);
            else if (main)
                better = list.size() > main->size() ||
                         (list.size() == main->size() && list.front()->run < main->front()->run);
            if (better) main = &list;
        }
        for (const auto& [where, list] : places) {
            if (&list == main) continue;
            const NamedCitation* first = main->front();
            if (map) {
                bool both_known = map->find(first->part, first->schedule, first->article,
                                            first->standing_order) &&
                                  map->find(list.front()->part, list.front()->schedule,
                                            list.front()->article, list.front()->standing_order);
                if (both_known) continue;
            }
            for (const NamedCitation* c : list) {
                if (!reported.insert(c).second) continue;
                std::string there = describe_location(first->part, first->schedule, first->article,
                                                      first->standing_order);
                Diagnostic d =
                    finding_at(document, runs[c->run], c->span,
                               fmt::format("cites {} for '{}', which {} cites at {}", where, name,
                                           unit_label(document, runs[first->run].unit), there),
                               there);
                add_note(d, document, runs[first->run], first->span,
                         fmt::format("'{}' is cited at {} here", name, there));
                out.push_back(std::move(d));
            }
        }
    }
}

} // namespace

Rule rule_cite_constitution_inconsistent() {
    return {
        "cite/constitution-inconsistent", Severity::Warning,
        "one body or document cited at two different places of the Constitution",
        "What it does: reports a body or document (Councillor Bodies, the Officer Delegations) "
        "cited at different Parts or Schedules within one document; needs no map. The citation "
        "reported is the one the constitution map does not have, else the one used less. Why: at "
        "most one "
        "of the citations can be right. Example: 'Councillor Bodies ... described in Part 3, "
        "Schedule 2' in 1.2.2 and '... Councillor Body as set out in Part 3, Schedule 3' in 8.1.8.",
        find_cite_constitution_inconsistent};
}

} // namespace clerk::check

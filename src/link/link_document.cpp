// Runs the reference finder over every run of prose and resolves internal references.
#include "link/links.hpp"
#include "link/parallels.hpp"

namespace clerk {

std::vector<UnitIndex> Links::parallels_of(UnitIndex unit) const {
    std::vector<UnitIndex> out;
    for (const Parallel& p : parallels) {
        if (p.a.unit == unit && p.b.unit != unit) out.push_back(p.b.unit);
        if (p.b.unit == unit && p.a.unit != unit) out.push_back(p.a.unit);
    }
    return out;
}

Links link_references(const Document& doc) {
    Links links;
    links.backlinks.resize(doc.units.size());
    for (std::size_t u = 0; u < doc.units.size(); ++u) {
        const Unit& unit = doc.units[u];
        auto index = static_cast<UnitIndex>(u);
        if (!unit.title.empty()) {
            PlainText title;
            title.append(unit.title, unit.title_pos);
            for (Reference& r : find_references(title, index))
                links.references.push_back(std::move(r));
        }
        for_each_inlines(unit.blocks, [&](const std::vector<Inline>& inlines, const Block&) {
            for (Reference& r : find_references(positioned_text(inlines), index))
                links.references.push_back(std::move(r));
        });
    }
    for (std::size_t i = 0; i < links.references.size(); ++i) {
        for (ReferenceTarget& target : links.references[i].targets) {
            target.unit = doc.find(target.id);
            if (target.unit != kNoUnit)
                links.backlinks[static_cast<std::size_t>(target.unit)].push_back(
                    static_cast<int>(i));
        }
    }
    return links;
}

Links link_document(const Document& doc) {
    Links links = link_references(doc);
    links.parallels = find_parallels(doc);
    return links;
}

} // namespace clerk

// Runs the reference finder over every run of prose (the text toolkit's runs, kept on the
// links for the rules) and resolves internal references.
#include "link/links.hpp"
#include "link/parallels.hpp"

namespace clerk {

std::vector<UnitIndex> Links::parallels_of(UnitIndex unit) const {
    if (!parallel_units_.empty()) {
        if (unit < 0 || static_cast<std::size_t>(unit) >= parallel_units_.size()) return {};
        return parallel_units_[static_cast<std::size_t>(unit)];
    }
    std::vector<UnitIndex> out;
    for (const Parallel& p : parallels) {
        if (p.a.unit == unit && p.b.unit != unit) out.push_back(p.b.unit);
        if (p.b.unit == unit && p.a.unit != unit) out.push_back(p.a.unit);
    }
    return out;
}

void Links::index_parallels(std::size_t unit_count) {
    parallel_units_.assign(unit_count + 1, {}); // one spare, so that an indexed empty
                                                // document is told apart from none
    for (const Parallel& p : parallels) {
        if (p.a.unit == p.b.unit || p.a.unit < 0 || p.b.unit < 0) continue;
        parallel_units_[static_cast<std::size_t>(p.a.unit)].push_back(p.b.unit);
        parallel_units_[static_cast<std::size_t>(p.b.unit)].push_back(p.a.unit);
    }
}

namespace {

// "Section 1 – Purpose", "Paragraph 4: Conduct": the heading's own label, not a reference.
bool is_heading_label(std::string_view heading, const Reference& ref) {
    if (ref.kind != ReferenceKind::Internal || ref.range.begin != 0 || ref.targets.size() != 1)
        return false;
    std::string_view rest = heading.substr(std::min(ref.range.end, heading.size()));
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    for (std::string_view mark : {"–", "—", "-", ":", "."})
        if (rest.rfind(mark, 0) == 0) return true;
    return rest.empty();
}

} // namespace

Links link_references(const Document& doc) {
    Links links;
    links.runs = text::text_runs(doc);
    links.backlinks.resize(doc.units.size());
    for (std::size_t r = 0; r < links.runs.size(); ++r) {
        const text::TextRun& run = links.runs[r];
        for (Reference& ref : find_references(run.text, run.unit)) {
            if (run.is_heading && is_heading_label(run.text.text, ref)) continue;
            ref.run = r;
            links.references.push_back(std::move(ref));
        }
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
    links.index_parallels(doc.units.size());
    return links;
}

} // namespace clerk

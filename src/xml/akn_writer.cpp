#include "xml/akn_writer.hpp"

#include "xml/akn_write_parts.hpp"

#include <algorithm>

namespace clerk::xml {

namespace {

using detail::ContentWriter;
using detail::TermEntry;
using detail::WriteContext;

std::vector<TermEntry> defined_terms(const Document& doc) {
    std::vector<TermEntry> terms;
    std::vector<std::string> used;
    for (const Unit& unit : doc.units) {
        if (!unit.definition || unit.definition->term.empty()) continue;
        const std::string& term = unit.definition->term;
        if (std::any_of(terms.begin(), terms.end(),
                        [&](const TermEntry& t) { return t.term == term; }))
            continue;
        std::string base = slug(term).empty() ? "term" : slug(term);
        std::string eid = base;
        for (int n = 2; std::find(used.begin(), used.end(), eid) != used.end(); ++n)
            eid = base + "-" + std::to_string(n);
        used.push_back(eid);
        terms.push_back({term, eid});
    }
    return terms;
}

// Longest first, so that "Chief Officer" is marked before "Officer".
std::vector<TermEntry> longest_first(std::vector<TermEntry> terms) {
    std::stable_sort(terms.begin(), terms.end(), [](const TermEntry& a, const TermEntry& b) {
        return a.term.size() > b.term.size();
    });
    return terms;
}

void write_unit(XmlOut& out, const WriteContext& context, UnitIndex index) {
    const Unit& unit = context.doc.units[static_cast<std::size_t>(index)];
    const AknUnitName& name = context.names[static_cast<std::size_t>(index)];
    ContentWriter content(out, context, index);
    Attributes attributes{{"eId", name.eid}};
    if (!name.name.empty()) attributes.push_back({"name", name.name});
    if (unit.explicit_id || unit.id != derived_unit_id(unit.kind, unit.number))
        attributes.push_back({"clerk:id", unit.id});
    bool heading = unit.kind == UnitKind::Section || unit.kind == UnitKind::Appendix;
    if (heading && unit.heading_level != default_heading_level(context.doc, index))
        attributes.push_back({"clerk:level", std::to_string(unit.heading_level)});
    if (unit.definition && !content.definition_placeable())
        attributes.push_back({"clerk:term", unit.definition->term});
    out.open(name.element, attributes);
    if (!unit.number.empty()) out.leaf("num", unit.number);
    if (heading) out.leaf("heading", unit.title);
    if (!unit.blocks.empty()) {
        out.open(unit.children.empty() ? "content" : "intro");
        content.blocks(unit.blocks);
        out.close();
    }
    for (UnitIndex child : unit.children)
        write_unit(out, context, child);
    out.close();
}

} // namespace

std::string write_akn(const Document& doc, const AknExtras& extras) {
    std::vector<TermEntry> terms = defined_terms(doc);
    WriteContext context{doc, name_units(doc), terms, longest_first(terms), {}};
    context.references.resize(doc.units.size());
    for (const AknReference& r : extras.references)
        if (r.unit >= 0 && static_cast<std::size_t>(r.unit) < doc.units.size() &&
            !r.targets.empty())
            context.references[static_cast<std::size_t>(r.unit)].push_back(&r);

    XmlOut out;
    out.open("akomaNtoso", {{"xmlns", kAknNamespace}, {"xmlns:clerk", kClerkNamespace}});
    out.open("doc", {{"name", doc.metadata.kind.empty() ? "protocol" : doc.metadata.kind}});
    detail::write_meta(out, context);

    UnitIndex preamble = kNoUnit;
    for (UnitIndex root : doc.roots)
        if (doc.units[static_cast<std::size_t>(root)].kind == UnitKind::Preamble) preamble = root;
    // The preface may not be empty: it is left out when there is nothing to put in it.
    const Metadata& meta = doc.metadata;
    if (preamble != kNoUnit || !meta.title.empty() || !meta.council.empty() || !meta.part.empty() ||
        !meta.status.empty() || !meta.meeting.empty()) {
        out.open("preface");
        detail::write_title_block(out, meta);
        if (preamble != kNoUnit) {
            out.open("container", {{"name", "preamble"}});
            ContentWriter(out, context, preamble)
                .blocks(doc.units[static_cast<std::size_t>(preamble)].blocks);
            out.close();
        }
        out.close();
    }

    out.open("mainBody");
    bool any = false;
    for (UnitIndex root : doc.roots) {
        if (root == preamble) continue;
        write_unit(out, context, root);
        any = true;
    }
    // The main body may not be empty; a document of front matter alone gets a marked paragraph.
    if (!any) out.empty("p", {{"clerk:placeholder", "true"}});
    out.close();
    out.close(); // doc
    out.close(); // akomaNtoso
    return out.str();
}

} // namespace clerk::xml

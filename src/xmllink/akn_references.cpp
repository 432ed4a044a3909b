// Building the Akoma Ntoso writer's references from the link stage and the register.
#include "xmllink/akn_references.hpp"

#include "rules/helpers/legislation.hpp"
#include "link/links.hpp"
#include "refdata/load_refdata.hpp"

#include <regex>

namespace clerk::xml {

std::string legislation_uri(const refdata::Act& act, const std::string& section) {
    static const std::regex act_chapter(R"(^(\d{4}) c\. ?(\d+)$)");
    static const std::regex si_number(R"(^S\.?I\.? (\d{4})/(\d+)$)");
    std::smatch m;
    std::string base;
    if (std::regex_match(act.chapter, m, act_chapter))
        base = "https://www.legislation.gov.uk/ukpga/" + m[1].str() + "/" + m[2].str();
    else if (std::regex_match(act.chapter, m, si_number))
        base = "https://www.legislation.gov.uk/uksi/" + m[1].str() + "/" + m[2].str();
    else
        return {};
    if (section.empty()) return base;
    // Statutory instruments are divided into regulations, Acts into sections.
    bool is_si = act.chapter.rfind("S", 0) == 0;
    return base + (is_si ? "/regulation/" : "/section/") + section;
}

AknExtras akn_references(const Document& doc, const refdata::LegislationRegister* reg) {
    AknExtras extras;
    Links links = link_references(doc); // parallels are not marked up
    for (const Reference& ref : links.references) {
        AknReference out{ref.from, ref.text, {}, {}};
        if (ref.kind == ReferenceKind::Internal) {
            bool resolved = !ref.targets.empty();
            for (const ReferenceTarget& t : ref.targets) {
                if (t.unit == kNoUnit) resolved = false;
                out.targets.push_back(t.id);
                out.labels.push_back(t.number);
            }
            // A reference naming a missing unit stays text: a link to nowhere helps no one.
            if (!resolved) continue;
        } else if (ref.kind == ReferenceKind::Legislation && reg) {
            std::vector<check::ActCitation> cites = check::find_act_citations(ref.text);
            if (cites.size() != 1) continue;
            const refdata::Act* act = check::resolve_act(*reg, cites.front());
            if (!act) continue;
            std::string uri = legislation_uri(*act, cites.front().section);
            if (uri.empty()) continue;
            out.targets.push_back(uri);
            out.labels.push_back(ref.text);
        } else {
            continue;
        }
        extras.references.push_back(std::move(out));
    }
    return extras;
}

std::string write_akn_linked(const Document& doc) {
    std::vector<Diagnostic> ignored; // an unreadable register only means fewer links
    refdata::ReferenceData data =
        refdata::load_reference_data(refdata::locate_reference_data(doc.source.path()), ignored);
    const refdata::LegislationRegister* reg = data.legislation ? &*data.legislation : nullptr;
    return write_akn(doc, akn_references(doc, reg));
}

} // namespace clerk::xml

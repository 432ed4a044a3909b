// Building the Akoma Ntoso writer's references from the link stage and the register.
#include "xmllink/akn_references.hpp"

#include "link/links.hpp"
#include "rules/helpers/legislation.hpp"
#include "text/pattern.hpp"

namespace clerk::xml {

std::string legislation_uri(const refdata::Act& act, const std::string& section) {
    static const text::Pattern act_chapter(R"((\d{4}) c\. ?(\d+))");
    static const text::Pattern si_number(R"(S\.?I\.? (\d{4})/(\d+))");
    text::PatternMatch m;
    std::string base;
    if (act_chapter.full_match(act.chapter, &m))
        base = "https://www.legislation.gov.uk/ukpga/" + m.str(1) + "/" + m.str(2);
    else if (si_number.full_match(act.chapter, &m))
        base = "https://www.legislation.gov.uk/uksi/" + m.str(1) + "/" + m.str(2);
    else
        return {};
    if (section.empty()) return base;
    // Statutory instruments are divided into regulations, Acts into sections.
    bool is_si = act.chapter.rfind("S", 0) == 0;
    return base + (is_si ? "/regulation/" : "/section/") + section;
}

AknExtras akn_references(const Links& links, const refdata::LegislationRegister* reg) {
    AknExtras extras;
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
            if (!ref.legislation || ref.legislation->title.empty()) continue;
            const refdata::Act* act = check::resolve_act(*reg, *ref.legislation);
            if (!act) continue;
            std::string uri = legislation_uri(*act, ref.legislation->section);
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

std::string write_akn_linked(const Document& doc, const Links& links,
                             const refdata::LegislationRegister* reg) {
    return write_akn(doc, akn_references(links, reg));
}

} // namespace clerk::xml

#include "check/rule.hpp"
#include "check/rule_support.hpp"
#include "content/constitution_checks.hpp"
#include "content/legislation_checks.hpp"

namespace clerk::check {

namespace {

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    append(out,
           content::check_legislation_sections(
               ctx.document, ctx.runs, ctx.data.legislation ? &*ctx.data.legislation : nullptr));
}

} // namespace

Rule rule_cite_legislation_section() {
    return {"cite/legislation-section", Severity::Warning,
            "the same duty cited at different sections of an Act",
            "What it does: compares the section cited for a duty with the register's section "
            "subjects and with the document's other citations of the same Act. Why: a wrong "
            "section number points readers at an unrelated duty. Example: 'consistent with the "
            "Nolan Principles and the provisions of Section 29(1) Localism Act 2011' where "
            "Appendix 1 cites Section 28(1), the section about codes consistent with the Seven "
            "Principles; section 29 is the register of interests.",
            find};
}

} // namespace clerk::check

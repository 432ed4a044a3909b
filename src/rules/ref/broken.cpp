#include "rules/rule.hpp"
#include "text/pattern.hpp"

#include <fmt/format.h>

namespace clerk::check {

namespace {

// The paragraph's text up to `length` bytes after (or before) a reference, on one line.
std::string text_beside(const Document& document, const Reference& ref, bool after,
                        std::size_t length) {
    const std::string& source = document.source.text();
    std::size_t at = after ? document.source.offset_of(ref.span.end) + 1
                           : document.source.offset_of(ref.span.begin);
    std::size_t from = after ? at : (at > length ? at - length : 0);
    std::string out = source.substr(std::min(from, source.size()), after ? length : at - from);
    std::size_t blank = after ? out.find("\n\n") : out.rfind("\n\n");
    if (blank != std::string::npos) out = after ? out.substr(0, blank) : out.substr(blank + 2);
    for (char& c : out)
        if (c == '\n') c = ' ';
    return out;
}

// True when the numbers are those of another instrument, named after the reference ("section
// 27 (2) of the Act", "paragraph 39 of Schedule 12 to the Local Government Act 1972", "Section
// 14 of the Constitution", "paragraph 3 of Part 2 of the Members' Code"), before it ("Part 5,
// Section 14"), or by a report template's heading ("Section 17 implications", the Crime and
// Disorder Act 1998). "Section 5 of this Protocol" is this document.
bool cites_another_instrument(const Document& document, const Reference& ref) {
    static const text::Pattern named_after(
        R"(^\s*(?:\(\s*\d+\s*\)\s*)?(?:\([a-z]\)\s*)?(?:of|to|under|in)\s+(?:(?:Schedule|Part|Chapter|Article|Regulation)\s+\w+|(?:the\s+|that\s+)?(?:\(?[A-Z][\w'’()-]*\s+){0,9}(?:Act|Measure|Regulations|Order|Code|Constitution|Rules|Orders|Procedure Rules)\b))");
    static const text::Pattern implications(R"(^\s*implications\b)", true);
    static const text::Pattern part_before(R"(\bPart\s+\d+\s*(?:\(\s*[a-z]\s*\)|[a-z])?\s*,?\s*$)");
    std::string after = text_beside(document, ref, true, 120);
    std::string before = text_beside(document, ref, false, 40);
    return named_after.contains(after) || implications.contains(after) ||
           part_before.contains(before);
}

void find(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    for (const Reference& ref : ctx.links.references) {
        if (cites_another_instrument(ctx.document, ref)) continue;
        for (const ReferenceTarget& target : ref.targets) {
            if (target.unit != kNoUnit || target.noun == "appendix" || target.noun == "annex")
                continue;
            // The nearest existing number is the likeliest intended target.
            std::string parent = target.id.substr(0, target.id.rfind('.'));
            std::string hint =
                target.id.find('.') != std::string::npos && ctx.document.find(parent) != kNoUnit
                    ? fmt::format("check the number: {} exists but has no {}", parent, target.id)
                    : "correct the number, or remove the reference";
            out.push_back(
                finding(ctx.document, target.span,
                        fmt::format("'{}' refers to {}, which does not exist in this document",
                                    ref.text, target.id),
                        hint));
        }
    }
}

} // namespace

Rule rule_ref_broken() {
    return {"ref/broken", Severity::Error, "a reference to a section or clause that does not exist",
            "What it does: finds internal references ('Section 9.1.14', 'Sections 5.7 and 9.3.5', "
            "'the processes in 12.2', ranges such as '9.1.1 to 9.1.4') whose number is not a unit "
            "of the document. Numbers tied to another instrument ('section 27 (2) of the Act', "
            "'paragraph 39 of Schedule 12 to the Local Government Act 1972', 'Part 5, Section "
            "14', a report's 'Section 17 implications') are citations of it, not references. "
            "Why: a clause removed or renumbered in a redraft leaves references "
            "that send readers nowhere. Example: 'see Section 9.7' when section 9 ends at 9.6.",
            find};
}

} // namespace clerk::check

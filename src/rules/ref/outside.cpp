#include "model/document_kinds.hpp"
#include "rules/helpers/other_instruments.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace clerk::check {

namespace {

void find_ref_outside(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Metadata& meta = ctx.document.metadata;
    if (!covers_other_documents(meta)) return;
    std::string kind = meta.kind == "minutes" ? "these minutes"
                       : meta.kind.empty()    ? "this document"
                                              : "this " + meta.kind;
    std::string searched;
    for (const std::string& name : ctx.links.appendices)
        searched += (searched.empty() ? "" : ", ") + name;
    for (const Reference& ref : ctx.links.references) {
        bool numbered = std::any_of(ref.targets.begin(), ref.targets.end(), [](const auto& t) {
            return t.noun != "appendix" && t.noun != "annex";
        });
        if (numbered && cites_another_instrument(ctx.document, ref)) continue;
        for (const ReferenceTarget& target : ref.targets) {
            if (target.unit != kNoUnit || !target.elsewhere.empty()) continue;
            bool appendix = target.noun == "appendix" || target.noun == "annex";
            std::string what =
                appendix ? (target.noun == "annex" ? "Annex " : "Appendix ") + target.number
                         : target.id;
            if (searched.empty())
                out.push_back(finding(
                    ctx.document, target.span,
                    fmt::format("'{}' refers to {}, which is not in {}: it may be in a "
                                "document it presents, not checked with it",
                                ref.text, what, kind),
                    "check them together (clerk check THIS.md APPENDIX.md), or list the files "
                    "under 'appendices:' in the front matter"));
            else
                out.push_back(
                    finding(ctx.document, target.span,
                            fmt::format("'{}' refers to {}, which is in neither {} nor the "
                                        "documents checked with it ({})",
                                        ref.text, what, kind, searched),
                            appendix ? "check the label against the appendices' titles and order"
                                     : "check the number against the documents it presents"));
        }
    }
}

} // namespace

Rule rule_ref_outside() {
    return {"ref/outside", Severity::Info,
            "a report's or minutes' reference to a number they do not contain",
            "What it does: in a report, minutes or agenda (front matter 'kind:', or a document "
            "listing 'appendices:'), notes each reference to a section or appendix the "
            "document does not contain and that none of the documents checked with it has. "
            "Checked with its appendices ('clerk check report.md protocol.md', or the files its "
            "front matter lists under 'appendices:'), a report's numbers are looked for there "
            "('Section 5.8' in the protocol, 'Appendix 2' by title or place). Why: a report "
            "cites the clauses of the documents it presents, and minutes those of earlier "
            "reports; a number missing from them is worth a look but is no error of the "
            "report (it may describe a clause removed). Example: 'Section 7.2 has been "
            "removed', checked with the redrafted protocol.",
            find_ref_outside};
}

} // namespace clerk::check

#include "check/engine.hpp"

#include "check/suppression.hpp"
#include "refdata/load_refdata.hpp"

#include <algorithm>

namespace clerk::check {

std::vector<Diagnostic> run_rule(const Rule& rule, const RuleContext& context, Severity severity) {
    std::vector<Diagnostic> found;
    rule.find(context, found);
    for (Diagnostic& d : found) {
        // The rule's table entry is the one source of its ID and severity.
        d.severity = severity;
        d.code = rule.id;
        if (d.file.empty()) d.file = context.document.source.path();
    }
    return found;
}

CheckResult check_document(const Document& document, const CheckConfig& config) {
    CheckResult result;
    Links links = link_document(document);
    refdata::ReferenceOverrides overrides{config.reference_dir, config.constitution_map};
    auto paths = refdata::locate_reference_data(document.source.path(), overrides);
    refdata::ReferenceData data = refdata::load_reference_data(paths, result.problems);
    // Gendered titles the council keeps on purpose are not findings.
    if (data.gendered)
        for (const std::string& title : config.kept_titles)
            data.gendered->allowed_titles.push_back(title);
    std::vector<text::TextRun> runs = text::text_runs(document);
    RuleContext context{document, links, data, runs};

    for (const Rule& rule : rule_table()) {
        std::optional<Severity> severity = rule.severity;
        if (auto it = config.rules.find(rule.id); it != config.rules.end()) severity = it->second;
        if (!severity) continue;
        for (Diagnostic& d : run_rule(rule, context, *severity))
            result.findings.push_back(std::move(d));
    }
    apply_suppressions(document, result.findings, result.problems);
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
                         return a.code < b.code;
                     });
    return result;
}

} // namespace clerk::check

#include "check/engine.hpp"

#include "check/suppression.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>

namespace clerk::check {

namespace {

// What a rule needs, and whether the data has it.
bool has(const refdata::ReferenceData& data, Needs needs) {
    switch (needs) {
    case Needs::Nothing:
        return true;
    case Needs::Legislation:
        return data.legislation.has_value();
    case Needs::ConstitutionMap:
        return data.constitution.has_value();
    case Needs::GenderedTerms:
        return data.gendered.has_value();
    case Needs::DeprecatedTitles:
        return data.deprecated.has_value();
    case Needs::CanonicalTexts:
        return data.canonical.has_value();
    }
    return true;
}

const char* describe(Needs needs) {
    switch (needs) {
    case Needs::Legislation:
        return "legislation register (legislation.yaml)";
    case Needs::ConstitutionMap:
        return "constitution map (constitution-map.yaml)";
    case Needs::GenderedTerms:
        return "gendered terms (gendered-terms.yaml)";
    case Needs::DeprecatedTitles:
        return "deprecated titles (deprecated-titles.yaml)";
    case Needs::CanonicalTexts:
        return "canonical texts (canonical-texts.yaml)";
    case Needs::Nothing:
        break;
    }
    return "data";
}

} // namespace

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

CheckResult check_document(const Document& document, const Links& links,
                           const refdata::ReferenceData& data, const CheckConfig& config) {
    CheckResult result;
    // Gendered titles the council keeps on purpose are not findings.
    std::optional<refdata::ReferenceData> kept;
    if (data.gendered && !config.kept_titles.empty()) {
        kept = data;
        for (const std::string& title : config.kept_titles)
            kept->gendered->allowed_titles.push_back(title);
    }
    const std::vector<std::vector<text::Word>> words = text::split_run_words(links.runs);
    RuleContext context{document, links, kept ? *kept : data, links.runs, words};
    std::set<std::string> ran;
    for (const Rule& rule : rule_table()) {
        std::optional<Severity> severity = rule.severity;
        if (auto it = config.rules.find(rule.id); it != config.rules.end()) severity = it->second;
        if (!severity) continue;
        if (!has(data, rule.needs)) {
            // Another council's map was left out on purpose: nothing is missing.
            if (rule.needs == Needs::ConstitutionMap && data.constitution_of_another_council)
                continue;
            // Said once, so that a silent rule is never taken for a clean document.
            Diagnostic d;
            d.severity = Severity::Info;
            d.code = "check/no-data";
            d.file = document.source.path();
            d.message =
                fmt::format("{} did not run: there is no {}", rule.id, describe(rule.needs));
            d.suggestion = "put the file beside the document, or name it in clerk.yaml";
            result.problems.push_back(std::move(d));
            continue;
        }
        ran.insert(rule.id);
        for (Diagnostic& d : run_rule(rule, context, *severity))
            result.findings.push_back(std::move(d));
    }
    apply_suppressions(document, result.findings, result.problems, ran);
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
                         return a.code < b.code;
                     });
    return result;
}

} // namespace clerk::check

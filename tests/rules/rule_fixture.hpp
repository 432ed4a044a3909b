// Helpers for the rule tests: a document from inline Markdown, the bundled data, and one rule
// run through the rule table and the engine (which stamps its ID and severity).
#pragma once

#include "check/engine.hpp"
#include "link/links.hpp"
#include "refdata/load_refdata.hpp"
#include "support/helpers.hpp"
#include "text/text_runs.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace clerk::test {

/// The bundled reference data (loaded once).
inline const refdata::ReferenceData& bundled_data() {
    static const refdata::ReferenceData data = [] {
        std::vector<Diagnostic> errors;
        return refdata::load_reference_data(
            refdata::locate_reference_data(repo_path("protocol-text/southend/protocol.md")),
            errors);
    }();
    return data;
}

/// A loaded document and its text runs.
struct Fixture {
    Document document;
    std::vector<text::TextRun> runs;

    explicit Fixture(const std::string& body) {
        LoadResult result = load_markdown("---\ntitle: Fixture\n---\n\n" + body);
        if (!result.document) throw std::runtime_error("fixture does not load");
        document = std::move(*result.document);
        runs = text::text_runs(document);
    }

    /// The findings of one rule of the table on this document, with `data`.
    std::vector<Diagnostic> run(const std::string& id, const refdata::ReferenceData& data) const {
        const check::Rule* rule = check::find_rule(id);
        if (!rule) throw std::runtime_error("no rule " + id);
        Links links = link_document(document);
        check::RuleContext context{document, links, data, runs};
        auto found = check::run_rule(*rule, context, rule->severity);
        std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.span.begin < b.span.begin;
        });
        return found;
    }
    /// The findings of one rule with the bundled data.
    std::vector<Diagnostic> run(const std::string& id) const { return run(id, bundled_data()); }
};

/// Reference data holding only `part` (a register, a map ...).
inline refdata::ReferenceData data_with(const refdata::LegislationRegister& part) {
    refdata::ReferenceData d;
    d.legislation = part;
    return d;
}
inline refdata::ReferenceData data_with(const refdata::ConstitutionMap& part) {
    refdata::ReferenceData d;
    d.constitution = part;
    return d;
}
inline refdata::ReferenceData data_with(const refdata::CanonicalTexts& part) {
    refdata::ReferenceData d;
    d.canonical = part;
    return d;
}
inline refdata::ReferenceData data_with(const refdata::DeprecatedTitles& part) {
    refdata::ReferenceData d;
    d.deprecated = part;
    return d;
}
inline refdata::ReferenceData data_with(const refdata::GenderedTerms& part) {
    refdata::ReferenceData d;
    d.gendered = part;
    return d;
}
/// No reference data at all.
inline const refdata::ReferenceData& no_data() {
    static const refdata::ReferenceData none;
    return none;
}

/// The codes of a list of diagnostics.
inline std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics)
        out.push_back(d.code);
    return out;
}

} // namespace clerk::test

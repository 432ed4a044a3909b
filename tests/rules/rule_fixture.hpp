// Helpers for the rule tests: a document from inline Markdown, the bundled data, and one rule
// run through the rule table and the engine (which stamps its ID and severity).
#pragma once

#include "check/engine.hpp"
#include "link/links.hpp"
#include "refdata/bundled.hpp"
#include "support/helpers.hpp"
#include "text/text_runs.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace clerk::test {

/// The bundled reference data (compiled into the binary).
inline const refdata::ReferenceData& bundled_data() {
    return refdata::bundled_reference_data();
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
        const std::vector<std::vector<text::Word>> words = text::split_run_words(links.runs);
        check::RuleContext context{document, links, data, links.runs, words};
        auto found = check::run_rule(*rule, context, rule->severity);
        std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.span.begin < b.span.begin;
        });
        return found;
    }
    /// The findings of one rule with the bundled data.
    std::vector<Diagnostic> run(const std::string& id) const { return run(id, bundled_data()); }
    /// The findings of one rule with only one part of the bundled data (by default the part
    /// the rule needs: the legislation register, the canonical texts ...), so that no other
    /// part plays a part.
    std::vector<Diagnostic> run_alone(const std::string& id,
                                      std::optional<check::Needs> part = {}) const;
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
/// The bundled part a rule needs, alone; no data at all for a rule that needs none.
inline refdata::ReferenceData bundled_part(check::Needs needs) {
    const refdata::ReferenceData& all = bundled_data();
    refdata::ReferenceData d;
    switch (needs) {
    case check::Needs::Legislation:
        d.legislation = all.legislation;
        break;
    case check::Needs::ConstitutionMap:
        d.constitution = all.constitution;
        break;
    case check::Needs::GenderedTerms:
        d.gendered = all.gendered;
        break;
    case check::Needs::DeprecatedTitles:
        d.deprecated = all.deprecated;
        break;
    case check::Needs::CanonicalTexts:
        d.canonical = all.canonical;
        break;
    case check::Needs::Nothing:
        break;
    }
    return d;
}

inline std::vector<Diagnostic> Fixture::run_alone(const std::string& id,
                                                  std::optional<check::Needs> part) const {
    const check::Rule* rule = check::find_rule(id);
    if (!rule) throw std::runtime_error("no rule " + id);
    return run(id, bundled_part(part.value_or(rule->needs)));
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

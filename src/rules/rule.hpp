// A rule: a stable ID, a default severity, its documentation and the function that finds.
// Each rule is one file, src/rules/<family>/<name>.cpp, holding all four; the rule table
// (rule_table.cpp) is the only place a rule is registered. A rule's finding function reports
// where and what; the engine stamps the rule's ID and its configured severity on each finding.
#pragma once

#include "link/links.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "model/unit_label.hpp"
#include "refdata/reference_data.hpp"
#include "text/text_runs.hpp"

#include <functional>
#include <string>
#include <vector>

namespace clerk::check {

/// What a rule sees: the document, its links (references with their structured citations),
/// the reference data, the prose runs the links were found in and their words.
struct RuleContext {
    const Document& document;
    const Links& links;
    const refdata::ReferenceData& data;
    const std::vector<text::TextRun>& runs;
    const std::vector<std::vector<text::Word>>& words; ///< split_words of each run, in order

    /// The words of one of `runs`, split once for every rule.
    const std::vector<text::Word>& words_of(const text::TextRun& run) const {
        return words[static_cast<std::size_t>(&run - runs.data())];
    }
};

/// The finding function of a rule. It appends findings (file, span, message, suggestion,
/// notes); their rule ID and severity are set by the engine.
using RuleFunction = std::function<void(const RuleContext& context, std::vector<Diagnostic>& out)>;

/// Reference data a rule cannot run without.
enum class Needs {
    Nothing,
    Legislation,
    ConstitutionMap,
    GenderedTerms,
    DeprecatedTitles,
    CanonicalTexts
};

/// One rule of the rule table.
struct Rule {
    std::string id;      ///< "family/name", stable
    Severity severity;   ///< default severity
    std::string summary; ///< one line: what it finds
    std::string doc;     ///< What it does / Why / Example
    RuleFunction find;
    Needs needs = Needs::Nothing; ///< data without which the rule is skipped (and says so)
};

/// Every rule, in the order `clerk rules` lists them.
const std::vector<Rule>& rule_table();

/// The rule with this ID, or null.
const Rule* find_rule(const std::string& id);

/// A finding at `span` of the document.
Diagnostic finding(const Document& document, SourceSpan span, std::string message,
                   std::string suggestion = {});

/// A finding at the bytes `range` of a run of text.
Diagnostic finding_at(const Document& document, const text::TextRun& run, text::Range range,
                      std::string message, std::string suggestion = {});

/// How a finding names a unit: the model's label.
using ::clerk::unit_label;

/// Adds a note pointing at `range` of a run ("also cited here").
void add_note(Diagnostic& diagnostic, const Document& document, const text::TextRun& run,
              text::Range range, std::string message);

} // namespace clerk::check

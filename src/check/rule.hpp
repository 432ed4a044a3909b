// A rule: a stable ID, a default severity, its documentation and the function that finds.
#pragma once

#include "content/text_runs.hpp"
#include "link/links.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "refdata/reference_data.hpp"

#include <string>
#include <vector>

namespace clerk::check {

/// What a rule sees: the document, its links, the reference data and the prose runs.
struct RuleContext {
    const Document& document;
    const Links& links;
    const refdata::ReferenceData& data;
    const std::vector<content::TextRun>& runs;
};

/// The finding function of a rule; it appends diagnostics with `code` set to the rule ID.
using RuleFunction = void (*)(const RuleContext& context, std::vector<Diagnostic>& out);

/// One rule of the rule table.
struct Rule {
    std::string id;      ///< "family/name", stable
    Severity severity;   ///< default severity
    std::string summary; ///< one line: what it finds
    std::string doc;     ///< one paragraph: what it does, why it matters, an example
    RuleFunction find;
};

/// Every rule, in the order `clerk rules` lists them.
const std::vector<Rule>& rule_table();

/// The rule with this ID, or null.
const Rule* find_rule(const std::string& id);

/// The ID of a unit, for messages.
std::string unit_label(const RuleContext& ctx, UnitIndex unit);

/// A diagnostic of `rule` at `span` of the document (the helper rules use).
Diagnostic make_finding(const Document& document, const Rule& rule, SourceSpan span,
                        std::string message, std::string suggestion = {});

// The rules, one per file in this folder (rule_<family>_<name>.cpp).
Rule rule_ref_broken();
Rule rule_ref_wrong_kind();
Rule rule_num_gap();
Rule rule_num_duplicate();
Rule rule_num_order();
Rule rule_num_level_skip();
Rule rule_struct_empty_unit();
Rule rule_struct_contents_mismatch();
// The content rules (src/content holds their logic).
Rule rule_cite_constitution_map();
Rule rule_cite_constitution_inconsistent();
Rule rule_cite_act_title();
Rule rule_cite_act_year();
Rule rule_cite_act_repealed();
Rule rule_cite_legislation_section();
Rule rule_lang_gendered();
Rule rule_term_near_miss();
Rule rule_term_unused();
Rule rule_term_lowercase();
Rule rule_term_deprecated();
Rule rule_text_canonical();

} // namespace clerk::check

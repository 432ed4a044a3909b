// The rule table: one line per rule.
#include "check/rule.hpp"

namespace clerk::check {

const std::vector<Rule>& rule_table() {
    static const std::vector<Rule> table{
        rule_ref_broken(),
        rule_ref_wrong_kind(),
        rule_num_gap(),
        rule_num_duplicate(),
        rule_num_order(),
        rule_num_level_skip(),
        rule_struct_empty_unit(),
        rule_struct_contents_mismatch(),
        rule_cite_constitution_map(),
        rule_cite_constitution_inconsistent(),
        rule_cite_act_title(),
        rule_cite_act_year(),
        rule_cite_act_repealed(),
        rule_cite_legislation_section(),
        rule_lang_gendered(),
        rule_term_near_miss(),
        rule_term_unused(),
        rule_term_lowercase(),
        rule_term_deprecated(),
        rule_text_canonical(),
    };
    return table;
}

const Rule* find_rule(const std::string& id) {
    for (const Rule& rule : rule_table())
        if (rule.id == id) return &rule;
    return nullptr;
}

Diagnostic make_finding(const Document& document, const Rule& rule, SourceSpan span,
                        std::string message, std::string suggestion) {
    Diagnostic d;
    d.severity = rule.severity;
    d.code = rule.id;
    d.message = std::move(message);
    d.file = document.source.path();
    d.span = span;
    d.suggestion = std::move(suggestion);
    return d;
}

} // namespace clerk::check

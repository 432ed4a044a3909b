// The rule table: one line per rule, and the only place a rule is registered. Each rule's
// ID, severity, documentation and finding logic are in its own file (src/rules/<family>/);
// rules that are word lists are data files and are added from the bundled data.
#include "rules/rule.hpp"
#include "rules/word_list_rules.hpp"

namespace clerk::check {

Rule rule_ref_broken();
Rule rule_ref_wrong_kind();
Rule rule_ref_outside();
Rule rule_num_gap();
Rule rule_num_duplicate();
Rule rule_num_order();
Rule rule_num_level_skip();
Rule rule_num_malformed();
Rule rule_struct_empty_unit();
Rule rule_struct_contents_mismatch();
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
Rule rule_term_variant();
Rule rule_text_canonical();
Rule rule_table_date_order();

const std::vector<Rule>& rule_table() {
    static const std::vector<Rule> table = [] {
        std::vector<Rule> rules{
            rule_ref_broken(),
            rule_ref_wrong_kind(),
            rule_ref_outside(),
            rule_num_gap(),
            rule_num_duplicate(),
            rule_num_order(),
            rule_num_level_skip(),
            rule_num_malformed(),
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
            rule_term_variant(),
            rule_text_canonical(),
            rule_table_date_order(),
        };
        // Rules written as data (protocol-text/rules/<family>/<name>.yaml) need no line here.
        for (Rule& rule : bundled_word_list_rules())
            rules.push_back(std::move(rule));
        return rules;
    }();
    return table;
}

const Rule* find_rule(const std::string& id) {
    for (const Rule& rule : rule_table())
        if (rule.id == id) return &rule;
    return nullptr;
}

} // namespace clerk::check

#include "rules/helpers/defined_terms.hpp"
#include "rules/rule.hpp"
#include "text/similarity.hpp"
#include "text/text_runs.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clerk::check {

using namespace text;

namespace {

// A capitalised phrase: two or more capitalised words, joined by "of", "and", "&".
struct Phrase {
    Range span;
    std::string text;
};

std::vector<Phrase> capitalised_phrases(const std::string& text, const std::vector<Word>& words) {
    std::vector<Phrase> out;
    std::size_t i = 0;
    while (i < words.size()) {
        if (!is_capitalised(words[i].text) || is_all_caps(words[i].text)) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < words.size()) {
            std::string_view gap =
                std::string_view(text).substr(words[j - 1].end, words[j].begin - words[j - 1].end);
            if (gap != " ") break;
            if (is_capitalised(words[j].text) && !is_all_caps(words[j].text))
                ++j;
            else
                break;
        }
        if (j - i >= 2)
            out.push_back({{words[i].begin, words[j - 1].end},
                           text.substr(words[i].begin, words[j - 1].end - words[i].begin)});
        i = j;
    }
    return out;
}

// Words that say what kind of holder a post has rather than what the post does.
bool is_designation(const std::string& word) {
    return text::is_one_of(word, {"chief", "designated", "senior", "principal", "lead", "head",
                                  "statutory", "proper", "responsible", "corporate", "strategic",
                                  "executive", "main", "nominated", "appointed"});
}

// Words that begin a sentence or name a document rather than a role.
bool starts_with_function_word(const std::string& phrase) {
    std::vector<std::string> words = split_spaces(phrase);
    return !words.empty() &&
           text::is_one_of(words.front(),
                           {"The",  "A",     "An", "This", "That",  "These", "Any",  "All",
                            "Each", "Every", "No", "Our",  "Their", "If",    "When", "Where",
                            "In",   "For",   "To", "Only", "Even",  "Some",  "Both"});
}

void find_term_near_miss(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    const std::vector<bool> definitions = definitions_mask(document);
    std::vector<DefinedTerm> terms = defined_terms(document);
    if (terms.empty()) return;
    // Everything the definitions mention is known: "Chief Officer means the Chief Executive ...".
    std::string definitions_text;
    for (const TextRun& run : runs)
        if (in_definitions(definitions, run.unit))
            definitions_text += name_key(run.text.text) + " | ";
    std::set<std::string> defined_keys;
    // Each term's key and its words, worked out once for every phrase compared with it.
    std::vector<std::pair<std::string, std::vector<std::string>>> term_keys;
    for (const DefinedTerm& t : terms) {
        std::string key = name_key(t.term);
        defined_keys.insert(key);
        std::vector<std::string> words = split_spaces(key);
        term_keys.emplace_back(std::move(key), std::move(words));
    }
    std::set<std::string> reported;
    for (const TextRun& run : runs) {
        if (run.in_quote || in_definitions(definitions, run.unit)) continue;
        for (const Phrase& p : capitalised_phrases(run.text.text, ctx.words_of(run))) {
            if (in_any(run.quotations, p.span.begin) || starts_with_function_word(p.text)) continue;
            std::string key = name_key(p.text);
            std::vector<std::string> words = split_spaces(key);
            if (words.size() < 2 || defined_keys.count(key) || reported.count(key)) continue;
            if (definitions_text.find(key) != std::string::npos) continue;
            const DefinedTerm* near = nullptr;
            for (std::size_t ti = 0; ti < terms.size(); ++ti) {
                const DefinedTerm& t = terms[ti];
                const auto& [term_key, term_words] = term_keys[ti];
                if (term_words.size() < 2 || term_words.back() != words.back()) continue;
                std::size_t shared = 0;
                for (const std::string& w : words)
                    shared += std::count(term_words.begin(), term_words.end(), w) > 0 ? 1 : 0;
                // One designation swapped for another ("Chief" for "Designated") names the same
                // post; a changed subject ("Head of Legal Services" for "Head of Paid Service")
                // names another.
                bool one_word_changed = false;
                if (term_words.size() == words.size() &&
                    word_edit_distance(words, term_words) == 1 && shared >= 2)
                    for (std::size_t k = 0; k < words.size(); ++k)
                        if (words[k] != term_words[k])
                            one_word_changed =
                                is_designation(words[k]) && is_designation(term_words[k]);
                bool misspelt = edit_distance(key, term_key) <= 2 && key.size() >= 10;
                if (one_word_changed || misspelt) {
                    near = &t;
                    break;
                }
            }
            if (!near) continue;
            reported.insert(key);
            out.push_back(finding_at(
                document, run, p.span,
                fmt::format("'{}' is not defined; the defined term closest to it is '{}' ({})",
                            p.text, near->term, unit_label(document, near->unit)),
                near->term));
        }
    }
}

} // namespace

Rule rule_term_near_miss() {
    return {"term/near-miss", Severity::Warning,
            "a capitalised role or body that is not defined but is close to a defined term",
            "What it does: reports capitalised multi-word roles and bodies that are not defined "
            "but differ from a defined term by one word or a few letters, and suggests the defined "
            "term and where it is defined. Why: a second name for a defined role makes readers "
            "wonder whether it is a different post. Example: 'Chief Finance Officer' where 1.2.6 "
            "defines 'Designated Finance Officer'.",
            find_term_near_miss};
}

} // namespace clerk::check

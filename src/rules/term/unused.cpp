#include "rules/helpers/defined_terms.hpp"
#include "rules/rule.hpp"
#include "text/similarity.hpp"
#include "text/string_hash.hpp"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <fmt/format.h>
#include <map>
#include <set>
#include <unordered_map>

namespace clerk::check {

using namespace text;

namespace {

// The first word of a form, as the used text is split into words.
std::string_view first_word(const std::string& form) {
    std::size_t end = 0;
    while (end < form.size() && std::isalnum(static_cast<unsigned char>(form[end])))
        ++end;
    return std::string_view(form).substr(0, end);
}

// The text outside the definitions, case folded, and where each word that starts a term's
// form stands in it: a term is looked for only where its first word stands, so the rule is
// linear in the text.
struct UsedText {
    std::string text;
    std::unordered_map<std::string, std::vector<std::size_t>, StringHash, std::equal_to<>>
        word_starts;
};

// The words a form is looked for at: its first word and, for a one-word form, that word with
// a plural "s" ("councillors" starts with "councillor").
std::vector<std::string> start_words(const std::string& form) {
    std::string_view first = first_word(form);
    if (first.empty()) return {};
    std::vector<std::string> keys{std::string(first)};
    if (first.size() == form.size()) keys.push_back(std::string(first) + "s");
    return keys;
}

UsedText used_text(const Document& document, const std::vector<TextRun>& runs,
                   const std::vector<std::vector<std::string>>& forms) {
    const std::vector<bool> definitions = definitions_mask(document);
    UsedText used;
    // The bytes the start words begin with: most words are passed over without a lookup.
    std::bitset<256> first_bytes;
    for (const std::vector<std::string>& term_forms : forms)
        for (const std::string& form : term_forms)
            for (std::string& key : start_words(form)) {
                first_bytes.set(static_cast<unsigned char>(key.front()));
                used.word_starts.try_emplace(std::move(key));
            }
    for (const TextRun& run : runs)
        if (!in_definitions(definitions, run.unit)) used.text += run.folded + '\n';
    const std::string& text = used.text;
    for (std::size_t i = 0; i < text.size();) {
        if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])))
            ++i;
        if (!first_bytes.test(static_cast<unsigned char>(text[start]))) continue;
        auto it = used.word_starts.find(std::string_view(text).substr(start, i - start));
        if (it != used.word_starts.end()) it->second.push_back(start);
    }
    return used;
}

bool is_used(const UsedText& used, const std::string& form) {
    std::vector<std::string> keys = start_words(form);
    if (keys.empty()) return !occurrences(used.text, form).empty();
    for (const std::string& key : keys) {
        auto it = used.word_starts.find(key);
        if (it == used.word_starts.end()) continue;
        for (std::size_t at : it->second)
            if (occurs_at(used.text, at, form)) return true;
    }
    return false;
}

void find_term_unused(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    std::vector<DefinedTerm> terms = defined_terms(document);
    if (terms.empty()) return;
    std::vector<std::vector<std::string>> forms;
    for (const DefinedTerm& t : terms)
        forms.push_back(term_forms(fold_case(t.term)));
    UsedText used = used_text(document, ctx.runs, forms);
    for (std::size_t k = 0; k < terms.size(); ++k) {
        const DefinedTerm& t = terms[k];
        bool used_anywhere = false;
        for (const std::string& form : forms[k])
            used_anywhere = used_anywhere || is_used(used, form);
        if (used_anywhere) continue;
        out.push_back(finding(
            document,
            {t.pos, {t.pos.line, t.pos.column + static_cast<std::uint32_t>(t.term.size()) - 1}},
            fmt::format("'{}' is defined ({}) but never used outside the definitions", t.term,
                        unit_label(document, t.unit)),
            "use the term where the document means it, or remove the definition"));
    }
}

} // namespace

Rule rule_term_unused() {
    return {"term/unused", Severity::Warning, "a definition whose term is never used",
            "What it does: reports a defined term that the rest of the document never uses. Why: "
            "an unused definition is dead text, or the text uses another name for the same thing. "
            "Example: 1.2.6 defines 'Designated Finance Officer' and the protocol later says 'the "
            "Finance Officer'.",
            find_term_unused};
}

} // namespace clerk::check

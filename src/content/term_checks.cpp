#include "content/term_checks.hpp"

#include "content/findings.hpp"
#include "content/similarity.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clerk::content {

namespace {

bool among(std::string_view word, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool in_definitions(const Document& document, UnitIndex unit) {
    for (UnitIndex u = unit; u != kNoUnit; u = document.units[static_cast<std::size_t>(u)].parent) {
        const Unit& x = document.units[static_cast<std::size_t>(u)];
        if (x.definition) return true;
        std::vector<UnitIndex> defs = document.definitions();
        if (std::find(defs.begin(), defs.end(), u) != defs.end()) return true;
    }
    return false;
}

// Word-bounded occurrences of `needle` in `hay` (exact bytes).
std::vector<std::size_t> occurrences(const std::string& hay, const std::string& needle) {
    std::vector<std::size_t> out;
    if (needle.empty()) return out;
    for (std::size_t at = hay.find(needle); at != std::string::npos;
         at = hay.find(needle, at + 1)) {
        bool start_ok = at == 0 || !std::isalnum(static_cast<unsigned char>(hay[at - 1]));
        std::size_t end = at + needle.size();
        bool end_ok = end >= hay.size() || !std::isalpha(static_cast<unsigned char>(hay[end])) ||
                      hay.compare(end, 1, "s") == 0 || hay.compare(end, 2, "'s") == 0;
        if (end < hay.size() && hay[end] == 's' && end + 1 < hay.size() &&
            std::isalpha(static_cast<unsigned char>(hay[end + 1])))
            end_ok = false;
        if (start_ok && end_ok) out.push_back(at);
    }
    return out;
}

// Forms of a term: as written, and plural of the last word (Body -> Bodies).
std::vector<std::string> term_forms(const std::string& term) {
    std::vector<std::string> forms{term};
    if (term.size() > 1 && term.back() == 'y')
        forms.push_back(term.substr(0, term.size() - 1) + "ies");
    return forms;
}

// A capitalised phrase: two or more capitalised words, joined by "of", "and", "&".
struct Phrase {
    Range span;
    std::string text;
};

std::vector<Phrase> capitalised_phrases(const std::string& text) {
    std::vector<Phrase> out;
    std::vector<Word> words = split_words(text);
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
    return among(word, {"chief", "designated", "senior", "principal", "lead", "head", "statutory",
                        "proper", "responsible", "corporate", "strategic", "executive", "main",
                        "nominated", "appointed"});
}

// Words that begin a sentence or name a document rather than a role.
bool starts_with_function_word(const std::string& phrase) {
    std::vector<std::string> words = split_spaces(phrase);
    return !words.empty() &&
           among(words.front(), {"The",  "A",     "An", "This", "That",  "These", "Any",  "All",
                                 "Each", "Every", "No", "Our",  "Their", "If",    "When", "Where",
                                 "In",   "For",   "To", "Only", "Even",  "Some",  "Both"});
}

} // namespace

std::vector<DefinedTerm> defined_terms(const Document& document) {
    std::vector<DefinedTerm> out;
    for (std::size_t i = 0; i < document.units.size(); ++i)
        if (const auto& d = document.units[i].definition)
            out.push_back({d->term, static_cast<UnitIndex>(i), d->pos});
    return out;
}

std::vector<Diagnostic> check_near_miss_terms(const Document& document,
                                              const std::vector<TextRun>& runs) {
    std::vector<Diagnostic> out;
    std::vector<DefinedTerm> terms = defined_terms(document);
    if (terms.empty()) return out;
    // Everything the definitions mention is known: "Chief Officer means the Chief Executive ...".
    std::string definitions_text;
    for (const TextRun& run : runs)
        if (in_definitions(document, run.unit)) definitions_text += name_key(run.text.text) + " | ";
    std::set<std::string> defined_keys;
    for (const DefinedTerm& t : terms)
        defined_keys.insert(name_key(t.term));
    std::set<std::string> reported;
    for (const TextRun& run : runs) {
        if (run.in_quote || in_definitions(document, run.unit)) continue;
        for (const Phrase& p : capitalised_phrases(run.text.text)) {
            if (in_any(run.quotations, p.span.begin) || starts_with_function_word(p.text)) continue;
            std::string key = name_key(p.text);
            std::vector<std::string> words = split_spaces(key);
            if (words.size() < 2 || defined_keys.count(key) || reported.count(key)) continue;
            if (definitions_text.find(key) != std::string::npos) continue;
            const DefinedTerm* near = nullptr;
            for (const DefinedTerm& t : terms) {
                std::string term_key = name_key(t.term);
                std::vector<std::string> term_words = split_spaces(term_key);
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
                document, run, p.span, "term/near-miss", Severity::Warning,
                fmt::format("'{}' is not defined; the defined term closest to it is '{}' ({})",
                            p.text, near->term, unit_label(document, near->unit)),
                near->term));
        }
    }
    return out;
}

std::vector<Diagnostic> check_unused_definitions(const Document& document,
                                                 const std::vector<TextRun>& runs) {
    std::vector<Diagnostic> out;
    for (const DefinedTerm& t : defined_terms(document)) {
        bool used = false;
        for (const TextRun& run : runs) {
            if (in_definitions(document, run.unit)) continue;
            std::string lowered = lower_ascii(run.text.text);
            for (const std::string& form : term_forms(lower_ascii(t.term)))
                used = used || !occurrences(lowered, form).empty();
            if (used) break;
        }
        if (used) continue;
        Diagnostic d;
        d.severity = Severity::Warning;
        d.code = "term/unused";
        d.message = fmt::format("'{}' is defined ({}) but never used outside the definitions",
                                t.term, unit_label(document, t.unit));
        d.file = document.source.path();
        d.span = {t.pos,
                  {t.pos.line, t.pos.column + static_cast<std::uint32_t>(t.term.size()) - 1}};
        d.suggestion = "use the term where the document means it, or remove the definition";
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Diagnostic> check_lowercase_terms(const Document& document,
                                              const std::vector<TextRun>& runs) {
    std::vector<Diagnostic> out;
    for (const DefinedTerm& t : defined_terms(document)) {
        if (split_spaces(t.term).size() < 2) continue; // "councillor" alone is ordinary English
        std::string low = lower_ascii(t.term);
        if (low == t.term) continue;
        for (const TextRun& run : runs) {
            if (run.in_quote || in_definitions(document, run.unit)) continue;
            for (const std::string& form : term_forms(low))
                for (std::size_t at : occurrences(run.text.text, form)) {
                    if (in_any(run.quotations, at)) continue;
                    out.push_back(finding_at(
                        document, run, {at, at + form.size()}, "term/lowercase", Severity::Info,
                        fmt::format("'{}' is the defined term '{}' ({}) in lower case", form,
                                    t.term, unit_label(document, t.unit)),
                        t.term));
                }
        }
    }
    return out;
}

std::vector<Diagnostic> check_deprecated_titles(const Document& document,
                                                const std::vector<TextRun>& runs,
                                                const refdata::DeprecatedTitles& titles) {
    std::vector<Diagnostic> out;
    for (const refdata::DeprecatedTitle& title : titles.titles) {
        std::string low = lower_ascii(title.title);
        std::string replacement = lower_ascii(title.replacement);
        for (const TextRun& run : runs) {
            if (run.in_quote) continue;
            std::string lowered = lower_ascii(run.text.text);
            for (std::size_t at : occurrences(lowered, low)) {
                if (in_any(run.quotations, at)) continue;
                Range sentence = sentence_at(run, at);
                std::string s = lowered.substr(sentence.begin, sentence.end - sentence.begin);
                // A sentence that reports the change of title is not using the old one.
                if (s.find(replacement) != std::string::npos ||
                    s.find("formerly") != std::string::npos ||
                    s.find("previously") != std::string::npos ||
                    s.find("renamed") != std::string::npos)
                    continue;
                std::size_t end = at + low.size();
                if (end < lowered.size() && lowered[end] == 's') ++end;
                std::string written = run.text.text.substr(at, end - at);
                std::string suggestion =
                    title.replacement + (written.back() == 's' && low.back() != 's' ? "s" : "");
                out.push_back(finding_at(
                    document, run, {at, end}, "term/deprecated", Severity::Warning,
                    fmt::format("'{}' is a retired title: use '{}'{}", written, suggestion,
                                title.note.empty() ? "" : " (" + title.note + ")"),
                    suggestion));
            }
        }
    }
    return out;
}

} // namespace clerk::content

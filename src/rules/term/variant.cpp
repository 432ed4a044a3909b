#include "rules/helpers/defined_terms.hpp"
#include "rules/rule.hpp"
#include "text/similarity.hpp"
#include "text/text_runs.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>

namespace clerk::check {

using namespace text;

namespace {

// A word as compared for spelling: lower case, apostrophes dropped ("Members'" is "members").
std::string spelling(std::string_view word) {
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word[i] == '\'') continue;
        if (word.substr(i, 3) == "\xE2\x80\x99") {
            i += 2;
            continue;
        }
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    }
    return out;
}

// How the words of a phrase differ from a defined term's, when they are a variant of it: a
// word other than the last in the singular for the plural or the reverse ("Member Support Hub"
// for "Members Support Hub"), or the same words in another order. Empty when the phrase is
// the term, the term's plural, or another name altogether.
std::string variant_kind(const std::vector<std::string_view>& phrase,
                         const std::vector<std::string>& term) {
    std::vector<std::string> written, keys, term_keys;
    for (std::string_view w : phrase) {
        written.push_back(spelling(w));
        keys.push_back(name_key(w));
    }
    for (const std::string& w : term)
        term_keys.push_back(name_key(w));
    if (keys == term_keys) {
        // Same words but for number: only a change before the last word makes a variant.
        for (std::size_t k = 0; k + 1 < term.size(); ++k)
            if (written[k] != spelling(term[k]))
                return fmt::format("'{}' for '{}'", phrase[k], term[k]);
        return {};
    }
    std::vector<std::string> a = keys, b = term_keys;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b ? std::string("the same words in another order") : std::string();
}

// The words of a run that the rule reads, with what each window test needs, computed once
// per run rather than once per defined term.
struct RunWords {
    const TextRun* run;
    const std::vector<Word>* words;
    std::vector<bool> in_phrase;     // a capitalised word one space from another
    std::vector<int> key_ids;        // each word's name_key, numbered (-1: not in a phrase)
    std::vector<std::size_t> starts; // the words in a phrase: where a window can begin
};

// A number for each distinct key, so that windows compare numbers rather than strings.
using KeyIds = std::unordered_map<std::string, int>;

std::vector<RunWords> run_words(const RuleContext& ctx, KeyIds& ids) {
    const std::vector<bool> definitions = definitions_mask(ctx.document);
    std::vector<RunWords> out;
    std::vector<bool> capitalised, spaced_after;
    for (const TextRun& run : ctx.runs) {
        if (run.in_quote || in_definitions(definitions, run.unit)) continue;
        const std::vector<Word>& words = ctx.words_of(run);
        RunWords r{&run, &words, {}, {}, {}};
        const std::string& text = run.text.text;
        capitalised.assign(words.size(), false);
        spaced_after.assign(words.size(), false);
        for (std::size_t i = 0; i < words.size(); ++i) {
            capitalised[i] = is_capitalised(words[i].text);
            spaced_after[i] = i + 1 < words.size() && words[i + 1].begin == words[i].end + 1 &&
                              text[words[i].end] == ' ';
        }
        // Only a word in a phrase of two or more capitalised words, one space apart, can be
        // part of a variant.
        r.key_ids.assign(words.size(), -1);
        r.in_phrase.assign(words.size(), false);
        for (std::size_t i = 0; i < words.size(); ++i) {
            bool joined_before = i > 0 && capitalised[i - 1] && spaced_after[i - 1];
            bool joined_after = i + 1 < words.size() && capitalised[i + 1] && spaced_after[i];
            if (capitalised[i] && (joined_before || joined_after)) {
                auto id = ids.try_emplace(name_key(words[i].text), static_cast<int>(ids.size()));
                r.key_ids[i] = id.first->second;
                r.in_phrase[i] = true;
                r.starts.push_back(i);
            }
        }
        if (!r.starts.empty()) out.push_back(std::move(r));
    }
    return out;
}

void find_term_variant(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    std::vector<DefinedTerm> terms = defined_terms(ctx.document);
    std::vector<RunWords> runs;
    KeyIds ids;
    bool runs_read = false;
    for (const DefinedTerm& t : terms) {
        std::vector<std::string> term_words = split_spaces(t.term);
        if (term_words.size() < 2) continue;
        if (!runs_read) {
            runs = run_words(ctx, ids);
            runs_read = true;
        }
        // A term one of whose words no phrase has cannot have a variant.
        std::vector<int> term_keys;
        bool all_found = true;
        for (const std::string& w : term_words) {
            auto id = ids.find(name_key(w));
            all_found = all_found && id != ids.end();
            if (id != ids.end()) term_keys.push_back(id->second);
        }
        if (!all_found) continue;
        std::size_t n = term_words.size();
        for (const RunWords& r : runs) {
            const std::string& text = r.run->text.text;
            const std::vector<Word>& words = *r.words;
            for (std::size_t i : r.starts) {
                if (i + n > words.size()) break;
                // Every word one of the term's, in one phrase of capitalised words.
                bool candidate = true;
                for (std::size_t k = 0; k < n && candidate; ++k)
                    candidate = r.in_phrase[i + k] &&
                                (k + 1 == n || (words[i + k + 1].begin == words[i + k].end + 1 &&
                                                text[words[i + k].end] == ' ')) &&
                                std::find(term_keys.begin(), term_keys.end(), r.key_ids[i + k]) !=
                                    term_keys.end();
                if (!candidate || in_any(r.run->quotations, words[i].begin)) continue;
                std::vector<std::string_view> window;
                for (std::size_t k = 0; k < n; ++k)
                    window.push_back(words[i + k].text);
                std::string kind = variant_kind(window, term_words);
                if (kind.empty()) continue;
                std::size_t begin = words[i].begin, end = words[i + n - 1].end;
                std::string as_written = text.substr(begin, end - begin);
                out.push_back(finding_at(
                    ctx.document, *r.run, {begin, end},
                    fmt::format("'{}' is a variant of the defined term '{}' ({}): {}", as_written,
                                t.term, unit_label(ctx.document, t.unit), kind),
                    t.term));
            }
        }
    }
}

} // namespace

Rule rule_term_variant() {
    return {"term/variant", Severity::Warning,
            "a defined term of two or more words written with a word in the other number, or "
            "its words in another order",
            "What it does: reports a capitalised phrase that is a defined term of two or more "
            "words with a word other than the last changed between singular and plural ('Member "
            "Support Hub' for the defined 'Members Support Hub') or with its words in another "
            "order. The plural of the whole term ('Councillor Bodies' for 'Councillor Body') is "
            "the term. Why: a reader, and a search, cannot tell whether a variant means the "
            "defined thing. Example: '9.1.12 ... the Member Support Hub' when 1.2.7 defines "
            "'Members Support Hub'.",
            find_term_variant};
}

} // namespace clerk::check

#include "rules/helpers/gendered_terms.hpp"

#include "text/generic_pronoun.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace clerk::check {

using namespace text;

namespace {

// A token: a word, or one of the marks that join paired forms: '/', '(' and ')'.
struct Token {
    std::size_t begin;
    std::size_t end;
    std::string_view text; // lower case, a view of the folded text
};

// The words of case-folded text (`words`, split from it or from the text it folds, whose
// offsets it keeps), without a possessive "'s" ("chairman's" is the word "chairman"), and
// between them the marks that join paired forms.
std::vector<Token> tokenise(std::string_view folded, const std::vector<Word>& words) {
    std::vector<Token> out;
    out.reserve(words.size());
    auto marks = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            if (folded[i] == '/' || folded[i] == '(' || folded[i] == ')')
                out.push_back({i, i + 1, folded.substr(i, 1)});
    };
    std::size_t gap = 0;
    for (const Word& w : words) {
        marks(gap, w.begin);
        std::string_view word = folded.substr(w.begin, w.end - w.begin);
        for (std::string_view possessive :
             {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
            if (word.size() > possessive.size() &&
                word.substr(word.size() - possessive.size()) == possessive)
                word.remove_suffix(possessive.size());
        out.push_back({w.begin, w.begin + word.size(), word});
        gap = w.end;
    }
    marks(gap, folded.size());
    return out;
}

std::vector<std::string> term_tokens(const std::string& term) {
    std::vector<std::string> out;
    std::string folded = fold_case(term);
    for (const Token& t : tokenise(folded, split_words(folded)))
        out.push_back(std::string(t.text));
    return out;
}

bool is_royal(const std::vector<Token>& tokens, std::size_t i) {
    if (i + 1 >= tokens.size()) return false;
    std::string_view next = tokens[i + 1].text;
    return next == "majesty" || next == "majesty's" || next == "royal";
}

} // namespace

GenderedMatcher::GenderedMatcher(const refdata::GenderedTerms& terms) {
    // Longest terms first, so that "him / her" wins over "him".
    for (const refdata::GenderedTerm& t : terms.terms)
        patterns_.emplace_back(term_tokens(t.term), &t);
    std::stable_sort(patterns_.begin(), patterns_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (std::size_t p = 0; p < patterns_.size(); ++p) {
        if (patterns_[p].first.empty() || patterns_[p].first.front().empty()) continue;
        const std::string& first = patterns_[p].first.front();
        by_first_word_[first].push_back(p);
        first_bytes_.set(static_cast<unsigned char>(first.front()));
        longest_first_ = std::max(longest_first_, first.size());
    }
    for (const std::string& a : terms.allowed_titles)
        allowed_.push_back(fold_case(a));
}

std::vector<GenderedHit> GenderedMatcher::find(const TextRun& run, const std::vector<Word>& words,
                                               const std::vector<Range>& skip) const {
    std::vector<GenderedHit> hits;
    if (run.in_quote) return hits;
    const std::string& text = run.text.text;
    std::vector<Token> tokens = tokenise(run.folded, words);
    const auto& patterns = patterns_;
    const auto& allowed = allowed_;

    for (std::size_t i = 0; i < tokens.size();) {
        const refdata::GenderedTerm* matched = nullptr;
        std::size_t length = 0;
        std::string_view word = tokens[i].text;
        if (word.empty() || word.size() > longest_first_ ||
            !first_bytes_.test(static_cast<unsigned char>(word.front()))) {
            ++i;
            continue;
        }
        auto starting_here = by_first_word_.find(word);
        if (starting_here == by_first_word_.end()) {
            ++i;
            continue;
        }
        for (std::size_t p : starting_here->second) {
            const auto& [pattern, term] = patterns[p];
            if (i + pattern.size() > tokens.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < pattern.size() && same; ++k)
                same = tokens[i + k].text == pattern[k];
            if (same) {
                matched = term;
                length = pattern.size();
                break;
            }
        }
        if (!matched) {
            ++i;
            continue;
        }
        std::size_t begin = tokens[i].begin, end = tokens[i + length - 1].end;
        std::string_view surface = std::string_view(text).substr(begin, end - begin);
        i += length;

        if (in_any(run.quotations, begin) || in_any(skip, begin)) continue;
        if (std::find(allowed.begin(), allowed.end(),
                      std::string_view(run.folded).substr(begin, end - begin)) != allowed.end())
            continue;
        if (matched->kind == refdata::GenderedKind::Paired) {
            hits.push_back({begin, end, matched});
            continue;
        }
        // Gendered titles of office ("Chairman", "(Chairman)", "chairman's briefing", a
        // "CHAIRMAN" signature line) are findings wherever they stand, minutes included; a
        // council that keeps a title lists it under allowed titles.
        if (matched->kind == refdata::GenderedKind::Noun) {
            hits.push_back({begin, end, matched});
            continue;
        }
        if (is_all_caps(surface)) continue;    // "HE" is higher education
        if (is_royal(tokens, i - 1)) continue; // "Her Majesty's Government"
        Range sentence = sentence_at(run, begin);
        std::string_view previous;
        if (sentence.begin > 0) {
            Range before = sentence_at(run, sentence.begin - 1);
            if (before.end <= sentence.begin)
                previous = std::string_view(text).substr(before.begin, before.end - before.begin);
        }
        // A pronoun is a finding when it stands for whoever holds a role, not for a person.
        if (is_generic_pronoun(
                std::string_view(text).substr(sentence.begin, sentence.end - sentence.begin),
                begin - sentence.begin, previous))
            hits.push_back({begin, end, matched});
    }
    return hits;
}

} // namespace clerk::check

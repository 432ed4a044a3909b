// Comparing a quotation with a canonical text word by word (text/canonical).
#include "rules/helpers/canonical_wording.hpp"

#include "text/text_runs.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <fmt/format.h>

namespace clerk::check {

using namespace text;

namespace {

struct FoldedWord {
    std::string word; // lower case
    std::size_t begin;
    std::size_t end;
};

std::vector<FoldedWord> tokens(std::string_view text) {
    std::string folded = fold_case(text);
    std::vector<FoldedWord> out;
    for (const Word& w : split_words(folded)) {
        // Curly apostrophes read as straight ones.
        std::string word;
        std::string_view raw = w.text;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw.substr(i, 3) == "\xE2\x80\x99") {
                word += '\'';
                i += 2;
            } else {
                word += raw[i];
            }
        }
        out.push_back({word, w.begin, w.end});
    }
    return out;
}

std::string join(const std::vector<FoldedWord>& t, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i)
        out += (out.empty() ? "" : " ") + t[i].word;
    return out;
}

// Fraction of canonical words that the written text keeps, in order.

} // namespace

double similarity(std::string_view written, std::string_view canonical) {
    std::vector<FoldedWord> a = tokens(written), b = tokens(canonical);
    if (b.empty()) return 0;
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] = a[i].word == b[j].word ? lcs[i + 1][j + 1] + 1
                                               : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    return static_cast<double>(lcs[0][0]) / static_cast<double>(std::max(a.size(), b.size()));
}

bool same_words(std::string_view a, std::string_view b) {
    std::vector<FoldedWord> x = tokens(a), y = tokens(b);
    return x.size() == y.size() &&
           std::equal(x.begin(), x.end(), y.begin(),
                      [](const FoldedWord& p, const FoldedWord& q) { return p.word == q.word; });
}

bool contains_word(const std::string& text, const std::string& word) {
    for (const FoldedWord& t : tokens(text))
        if (t.word == word) return true;
    return false;
}

std::vector<WordEdit> word_diff(std::string_view written, std::string_view canonical) {
    std::vector<FoldedWord> a = tokens(written), b = tokens(canonical);
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] = a[i].word == b[j].word ? lcs[i + 1][j + 1] + 1
                                               : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<std::array<std::size_t, 4>> spans; // [i0, i) written, [j0, j) canonical
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i].word == b[j].word) {
            ++i;
            ++j;
            continue;
        }
        // Gather one run of differences up to the next common word.
        std::size_t i0 = i, j0 = j;
        while ((i < a.size() || j < b.size()) &&
               !(i < a.size() && j < b.size() && a[i].word == b[j].word)) {
            if (j < b.size() && (i >= a.size() || lcs[i][j + 1] >= lcs[i + 1][j]))
                ++j;
            else
                ++i;
        }
        // A run one common word away from the previous one is the same change ("doing so"
        // for "so doing"): merge them.
        if (!spans.empty() && i0 - spans.back()[1] <= 1 && j0 - spans.back()[3] <= 1 &&
            i0 == spans.back()[1] + (j0 - spans.back()[3])) {
            spans.back()[1] = i;
            spans.back()[3] = j;
        } else {
            spans.push_back({i0, i, j0, j});
        }
    }
    std::vector<WordEdit> edits;
    for (const auto& sp : spans) {
        std::size_t at = sp[0] < a.size() ? a[sp[0]].begin : (a.empty() ? 0 : a.back().end);
        edits.push_back({join(b, sp[2], sp[3]), join(a, sp[0], sp[1]), at});
    }
    return edits;
}

std::string describe_edits(const std::vector<WordEdit>& edits) {
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < edits.size() && k < 3; ++k) {
        const WordEdit& e = edits[k];
        if (e.canonical.empty())
            parts.push_back(fmt::format("adds '{}'", e.written));
        else if (e.written.empty())
            parts.push_back(fmt::format("omits '{}'", e.canonical));
        else
            parts.push_back(fmt::format("has '{}' for '{}'", e.written, e.canonical));
    }
    std::string out;
    for (std::size_t k = 0; k < parts.size(); ++k)
        out += (k ? "; " : "") + parts[k];
    if (edits.size() > 3) out += fmt::format("; and {} more", edits.size() - 3);
    return out;
}

} // namespace clerk::check

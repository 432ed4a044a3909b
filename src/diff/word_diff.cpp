#include "diff/word_diff.hpp"

#include "text/text_runs.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace clerk::diff {

namespace {

bool is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_blank(const std::string& token) {
    return !token.empty() && is_space(static_cast<unsigned char>(token[0]));
}

bool same(const std::string& a, const std::string& b) {
    return a == b || (is_blank(a) && is_blank(b));
}

// Longest common subsequence edit script for the middle part, or a plain replacement when
// the table would be too large (a rewritten unit of thousands of words).
void lcs_edits(const std::vector<std::string>& a, std::size_t a0, std::size_t a1,
               const std::vector<std::string>& b, std::size_t b0, std::size_t b1,
               std::vector<std::pair<EditKind, const std::string*>>& out) {
    std::size_t n = a1 - a0, m = b1 - b0;
    if (n * m > 4'000'000) {
        for (std::size_t i = a0; i < a1; ++i)
            out.push_back({EditKind::Delete, &a[i]});
        for (std::size_t j = b0; j < b1; ++j)
            out.push_back({EditKind::Insert, &b[j]});
        return;
    }
    std::vector<std::uint32_t> table((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
        return table[i * (m + 1) + j];
    };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = same(a[a0 + i], b[b0 + j]) ? at(i + 1, j + 1) + 1
                                                  : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same(a[a0 + i], b[b0 + j])) {
            out.push_back({EditKind::Equal, &b[b0 + j]});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            out.push_back({EditKind::Delete, &a[a0 + i]});
            ++i;
        } else {
            out.push_back({EditKind::Insert, &b[b0 + j]});
            ++j;
        }
    }
}

} // namespace

std::vector<TextEdit> diff_words(std::string_view old_text, std::string_view new_text) {
    std::vector<std::string> a = text::split_tokens(old_text), b = text::split_tokens(new_text);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && same(a[prefix], b[prefix]))
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           same(a[a.size() - 1 - suffix], b[b.size() - 1 - suffix]))
        ++suffix;

    std::vector<std::pair<EditKind, const std::string*>> script;
    for (std::size_t k = 0; k < prefix; ++k)
        script.push_back({EditKind::Equal, &b[k]});
    lcs_edits(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, script);
    for (std::size_t k = b.size() - suffix; k < b.size(); ++k)
        script.push_back({EditKind::Equal, &b[k]});

    // A lone space or punctuation mark kept between two changes is part of one change: "the
    // Strategic Director" -> "an Executive Director" reads as one replacement.
    for (std::size_t k = 1; k + 1 < script.size(); ++k) {
        if (script[k].first != EditKind::Equal) continue;
        const std::string& token = *script[k].second;
        bool minor = is_blank(token) || (token.size() <= 3 && !text::starts_word(token, 0));
        if (!minor || script[k - 1].first == EditKind::Equal ||
            script[k + 1].first == EditKind::Equal)
            continue;
        script[k].first = EditKind::Delete;
        script.insert(script.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                      {EditKind::Insert, script[k].second});
        ++k;
    }

    // A change of spaces alone ("the Council ." -> "the Council.") cannot be seen struck out
    // or underlined: it takes in the word or mark after it (before it at the end of the
    // text), which then shows as replaced.
    for (std::size_t k = 0; k < script.size();) {
        if (script[k].first == EditKind::Equal) {
            ++k;
            continue;
        }
        std::size_t end = k;
        bool blank = true;
        for (; end < script.size() && script[end].first != EditKind::Equal; ++end)
            blank = blank && is_blank(*script[end].second);
        std::size_t neighbour = end < script.size() ? end : k > 0 ? k - 1 : script.size();
        if (blank && neighbour < script.size()) {
            script[neighbour].first = EditKind::Delete;
            script.insert(script.begin() + static_cast<std::ptrdiff_t>(neighbour) + 1,
                          {EditKind::Insert, script[neighbour].second});
            end += 2;
        }
        k = end;
    }

    // Runs: within each changed stretch, all deletions first, then all insertions.
    std::vector<TextEdit> edits;
    std::size_t k = 0;
    while (k < script.size()) {
        if (script[k].first == EditKind::Equal) {
            std::string text;
            for (; k < script.size() && script[k].first == EditKind::Equal; ++k)
                text += *script[k].second;
            edits.push_back({EditKind::Equal, std::move(text)});
            continue;
        }
        std::string deleted, inserted;
        for (; k < script.size() && script[k].first != EditKind::Equal; ++k)
            (script[k].first == EditKind::Delete ? deleted : inserted) += *script[k].second;
        if (!deleted.empty()) edits.push_back({EditKind::Delete, std::move(deleted)});
        if (!inserted.empty()) edits.push_back({EditKind::Insert, std::move(inserted)});
    }
    return edits;
}

bool has_changes(const std::vector<TextEdit>& edits) {
    return std::any_of(edits.begin(), edits.end(),
                       [](const TextEdit& e) { return e.kind != EditKind::Equal; });
}

} // namespace clerk::diff

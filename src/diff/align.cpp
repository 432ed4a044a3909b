#include "diff/align.hpp"

#include "diff/word_diff.hpp"
#include "text/text_runs.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <deque>
#include <functional>
#include <unordered_map>

namespace clerk::diff {

namespace {

// Sorted, unique hashes of a text's lower-case word pairs (single words for short texts).
std::vector<std::uint64_t> features(std::string_view text) {
    std::vector<std::string> words;
    for (std::string& token : text::split_tokens(text)) {
        unsigned char c = static_cast<unsigned char>(token[0]);
        if (!(std::isalnum(c) || c >= 0x80)) continue;
        for (char& ch : token)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        words.push_back(std::move(token));
    }
    std::vector<std::uint64_t> out;
    std::hash<std::string> hash;
    if (words.size() < 3) {
        for (const std::string& w : words)
            out.push_back(hash(w));
    } else {
        for (std::size_t i = 0; i + 1 < words.size(); ++i)
            out.push_back(hash(words[i] + ' ' + words[i + 1]));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    if (a.empty() && b.empty()) return 1.0;
    if (a.empty() || b.empty()) return 0.0;
    std::size_t shared = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) {
            ++shared;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

constexpr double kMatchThreshold = 0.5;     // alike enough to be the same unit anywhere
constexpr double kNeighbourThreshold = 0.2; // alike enough between matched neighbours
constexpr std::size_t kCommonPair = 64;     // word pairs this frequent do not pick candidates
constexpr std::size_t kCandidates = 8;      // candidates compared per unit

void link(Alignment& al, UnitIndex a, UnitIndex b) {
    al.new_of_old[static_cast<std::size_t>(a)] = b;
    al.old_of_new[static_cast<std::size_t>(b)] = a;
}

} // namespace

double text_similarity(std::string_view a, std::string_view b) {
    return dice(features(a), features(b));
}

Alignment align_units(const Document& before, const Document& after,
                      const std::vector<std::string>& before_texts,
                      const std::vector<std::string>& after_texts) {
    Alignment al;
    al.new_of_old.assign(before.units.size(), kNoUnit);
    al.old_of_new.assign(after.units.size(), kNoUnit);
    auto kind_of = [](const Document& d, std::size_t i) { return d.units[i].kind; };

    // 1. Identical texts of the same kind, first come first matched.
    std::unordered_map<std::string, std::deque<UnitIndex>> by_text;
    for (std::size_t j = 0; j < after.units.size(); ++j)
        by_text[after_texts[j]].push_back(static_cast<UnitIndex>(j));
    for (std::size_t i = 0; i < before.units.size(); ++i) {
        auto it = by_text.find(before_texts[i]);
        if (it == by_text.end()) continue;
        auto& queue = it->second;
        for (auto q = queue.begin(); q != queue.end(); ++q) {
            if (kind_of(after, static_cast<std::size_t>(*q)) != kind_of(before, i)) continue;
            link(al, static_cast<UnitIndex>(i), *q);
            queue.erase(q);
            break;
        }
    }

    // 2. Similar texts among candidates sharing word pairs; best pairs first.
    std::vector<std::vector<std::uint64_t>> before_features(before.units.size()),
        after_features(after.units.size());
    std::unordered_map<std::uint64_t, std::vector<UnitIndex>> index;
    for (std::size_t j = 0; j < after.units.size(); ++j) {
        if (al.old_of_new[j] != kNoUnit) continue;
        after_features[j] = features(after_texts[j]);
        for (std::uint64_t f : after_features[j])
            index[f].push_back(static_cast<UnitIndex>(j));
    }
    struct Pair {
        double score;
        UnitIndex a, b;
    };
    std::vector<Pair> pairs;
    std::unordered_map<UnitIndex, std::size_t> shared;
    for (std::size_t i = 0; i < before.units.size(); ++i) {
        if (al.new_of_old[i] != kNoUnit) continue;
        before_features[i] = features(before_texts[i]);
        shared.clear();
        for (std::uint64_t f : before_features[i]) {
            auto it = index.find(f);
            if (it == index.end() || it->second.size() > kCommonPair) continue;
            for (UnitIndex j : it->second)
                ++shared[j];
        }
        std::vector<std::pair<std::size_t, UnitIndex>> ranked;
        for (auto [j, count] : shared)
            if (kind_of(after, static_cast<std::size_t>(j)) == kind_of(before, i))
                ranked.push_back({count, j});
        std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
        });
        if (ranked.size() > kCandidates) ranked.resize(kCandidates);
        for (auto [count, j] : ranked) {
            double score = dice(before_features[i], after_features[static_cast<std::size_t>(j)]);
            if (score >= kMatchThreshold) pairs.push_back({score, static_cast<UnitIndex>(i), j});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
        if (x.score != y.score) return x.score > y.score;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    for (const Pair& p : pairs)
        if (al.new_of_old[static_cast<std::size_t>(p.a)] == kNoUnit &&
            al.old_of_new[static_cast<std::size_t>(p.b)] == kNoUnit)
            link(al, p.a, p.b);

    // 3. Between two matched neighbours, the same number of unmatched units of the same
    // kinds on both sides are the same units, rewritten.
    std::size_t i = 0;
    while (i < before.units.size()) {
        if (al.new_of_old[i] != kNoUnit) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < before.units.size() && al.new_of_old[end] == kNoUnit)
            ++end;
        UnitIndex lo = i == 0 ? -1 : al.new_of_old[i - 1];
        UnitIndex hi = end < before.units.size() ? al.new_of_old[end]
                                                 : static_cast<UnitIndex>(after.units.size());
        std::vector<std::size_t> gap;
        for (UnitIndex j = lo + 1; j >= 0 && j < hi; ++j)
            if (al.old_of_new[static_cast<std::size_t>(j)] == kNoUnit)
                gap.push_back(static_cast<std::size_t>(j));
        bool contiguous = lo < hi && gap.size() == end - i;
        for (std::size_t k = 0; contiguous && k < gap.size(); ++k) {
            std::size_t a = i + k, b = gap[k];
            if (kind_of(before, a) != kind_of(after, b) ||
                text_similarity(before_texts[a], after_texts[b]) < kNeighbourThreshold)
                continue;
            link(al, static_cast<UnitIndex>(a), static_cast<UnitIndex>(b));
        }
        i = end;
    }
    return al;
}

} // namespace clerk::diff

#include "link/parallels.hpp"

#include "text/text_runs.hpp"
#include "text/unicode.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <tuple>
#include <unordered_map>

namespace clerk {

namespace {

struct Provision {
    ProvisionSide side;
    std::vector<std::string> words; // lower case
    std::vector<std::size_t> grams; // sorted, unique trigram hashes
    std::size_t whole = 0;          // the paragraph or item a sentence belongs to (itself if whole)
};

// The words of a paragraph or item, case folded, as the text toolkit splits them, each with
// its hash: split once for the paragraph and every sentence of it.
struct FoldedWords {
    std::string folded;
    std::vector<text::Word> words; // views of `folded`, at the offsets of the text
    std::vector<std::size_t> hashes;
};

FoldedWords folded_words(const std::string& text) {
    FoldedWords out;
    out.folded = text::fold_case(text);
    out.words = text::split_words(out.folded);
    std::hash<std::string_view> hash;
    for (const text::Word& w : out.words)
        out.hashes.push_back(hash(w.text));
    return out;
}

// A trigram's hash from its three words' hashes (order matters).
std::size_t trigram_hash(std::size_t a, std::size_t b, std::size_t c) {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (static_cast<std::uint64_t>(a) * k) ^ static_cast<std::uint64_t>(b);
    h = (h * k) ^ static_cast<std::uint64_t>(c);
    return static_cast<std::size_t>(h * k);
}

// A provision of the bytes [begin, end) of `text` (whose words are `all`); false when it is
// too short.
bool make_provision(Provision& p, UnitIndex unit, const PlainText& text, const FoldedWords& all,
                    std::size_t begin, std::size_t end) {
    auto first = std::lower_bound(all.words.begin(), all.words.end(), begin,
                                  [](const text::Word& w, std::size_t at) { return w.begin < at; });
    std::size_t from = static_cast<std::size_t>(first - all.words.begin()), to = from;
    while (to < all.words.size() && all.words[to].end <= end)
        ++to;
    // Short items ("Electioneering;") say too little to be the same duty.
    if (to - from < 8) return false;
    for (std::size_t i = from; i < to; ++i)
        p.words.emplace_back(all.words[i].text);
    p.side = {unit, text.position(begin), text.text.substr(begin, end - begin)};
    for (std::size_t i = from; i + 2 < to; ++i)
        p.grams.push_back(trigram_hash(all.hashes[i], all.hashes[i + 1], all.hashes[i + 2]));
    std::sort(p.grams.begin(), p.grams.end());
    p.grams.erase(std::unique(p.grams.begin(), p.grams.end()), p.grams.end());
    return true;
}

// The paragraph or item as one provision and, when it has several sentences, each sentence
// as one more: a duty may be shared by one sentence of a longer paragraph.
void add_provision(std::vector<Provision>& out, UnitIndex unit,
                   const std::vector<Inline>& inlines) {
    PlainText text = positioned_text(inlines);
    FoldedWords all = folded_words(text.text);
    std::size_t whole = out.size();
    Provision p;
    bool whole_kept = make_provision(p, unit, text, all, 0, text.text.size());
    if (whole_kept) {
        p.whole = whole;
        out.push_back(std::move(p));
    }
    auto sentences = text::split_sentences(text.text, false);
    if (sentences.size() < 2) return;
    for (const auto& [begin, end] : sentences) {
        std::size_t first = begin;
        while (first < end && text.text[first] == ' ')
            ++first;
        Provision s;
        if (!make_provision(s, unit, text, all, first, end)) continue;
        s.whole = whole_kept ? whole : out.size();
        out.push_back(std::move(s));
    }
}

void collect_items(std::vector<Provision>& out, UnitIndex unit, const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
        if (block.kind == BlockKind::ListItem) {
            for (const Block& child : block.children)
                if (child.kind == BlockKind::Paragraph) add_provision(out, unit, child.inlines);
        }
        if (block.kind == BlockKind::BulletList || block.kind == BlockKind::OrderedList ||
            block.kind == BlockKind::ListItem)
            collect_items(out, unit, block.children);
    }
}

std::vector<std::string> longest_common_run(const std::vector<std::string>& a,
                                            const std::vector<std::string>& b) {
    std::vector<int> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
    int best = 0;
    std::size_t best_end = 0;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
            if (cur[j] > best) best = cur[j], best_end = i;
        }
        std::swap(prev, cur);
    }
    return {a.begin() + static_cast<std::ptrdiff_t>(best_end - static_cast<std::size_t>(best)),
            a.begin() + static_cast<std::ptrdiff_t>(best_end)};
}

} // namespace

std::vector<Parallel> find_parallels(const Document& doc) {
    std::vector<Provision> provisions;
    for (std::size_t u = 0; u < doc.units.size(); ++u) {
        const Unit& unit = doc.units[u];
        auto index = static_cast<UnitIndex>(u);
        if (unit.kind == UnitKind::Clause && !unit.blocks.empty())
            add_provision(provisions, index, unit.blocks.front().inlines);
        collect_items(provisions, index, unit.blocks);
    }
    // Inverted index of trigrams; trigrams common to many provisions are boilerplate.
    std::unordered_map<std::size_t, std::vector<int>> index;
    for (std::size_t i = 0; i < provisions.size(); ++i)
        for (std::size_t g : provisions[i].grams)
            index[g].push_back(static_cast<int>(i));
    std::unordered_map<std::uint64_t, int> shared;
    for (const auto& [gram, posting] : index) {
        if (posting.size() < 2 || posting.size() > 30) continue;
        for (std::size_t x = 0; x < posting.size(); ++x)
            for (std::size_t y = x + 1; y < posting.size(); ++y)
                ++shared[(static_cast<std::uint64_t>(posting[x]) << 32) |
                         static_cast<std::uint32_t>(posting[y])];
    }
    // One pair for each two paragraphs or items: the paragraphs themselves when they are
    // parallel, else their most similar sentences.
    struct Candidate {
        Parallel parallel;
        double jaccard = 0;
        bool whole = false;
    };
    std::map<std::pair<std::size_t, std::size_t>, Candidate> best;
    for (const auto& [key, count] : shared) {
        std::size_t x = key >> 32, y = key & 0xffffffffu;
        const Provision& a = provisions[x];
        const Provision& b = provisions[y];
        if (a.side.unit == b.side.unit) continue;
        double smaller = static_cast<double>(std::min(a.grams.size(), b.grams.size()));
        double jaccard = count / static_cast<double>(a.grams.size() + b.grams.size() -
                                                     static_cast<std::size_t>(count));
        double containment = count / smaller;
        // The same duty: most trigrams shared, or a long provision wholly restated in another.
        if (jaccard < 0.5 && !(containment >= 0.75 && smaller >= 12)) continue;
        Candidate c;
        c.parallel.a = a.side;
        c.parallel.b = b.side;
        c.parallel.score = std::max(jaccard, containment);
        c.jaccard = jaccard;
        c.whole = a.whole == x && b.whole == y;
        auto wholes = std::minmax(a.whole, b.whole);
        auto it = best.find(wholes);
        if (it != best.end() && !c.whole) {
            // The closer match wins: the higher score, then the higher share of trigrams in
            // common (a sentence rather than the paragraph around it), then the earlier
            // position, so that the result does not depend on the hash table's order.
            const Candidate& kept = it->second;
            auto rank = [](const Candidate& k) {
                return std::make_tuple(k.parallel.score, k.jaccard);
            };
            auto place = [](const Candidate& k) {
                return std::tie(k.parallel.a.pos, k.parallel.b.pos);
            };
            bool kept_better =
                rank(kept) != rank(c) ? rank(kept) > rank(c) : place(kept) <= place(c);
            if (kept.whole || kept_better) continue;
        }
        c.parallel.matching = longest_common_run(a.words, b.words);
        best[wholes] = std::move(c);
    }
    std::vector<Parallel> out;
    for (auto& [wholes, c] : best)
        out.push_back(std::move(c.parallel));
    std::sort(out.begin(), out.end(), [](const Parallel& x, const Parallel& y) {
        return x.a.pos != y.a.pos ? x.a.pos < y.a.pos : x.b.pos < y.b.pos;
    });
    return out;
}

} // namespace clerk

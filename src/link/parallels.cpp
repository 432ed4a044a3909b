#include "link/parallels.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_map>

namespace clerk {

namespace {

struct Provision {
    ProvisionSide side;
    std::vector<std::string> words; // lower case
    std::vector<std::size_t> grams; // sorted, unique trigram hashes
};

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80) {
            word += static_cast<char>(std::tolower(c));
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

void add_provision(std::vector<Provision>& out, UnitIndex unit,
                   const std::vector<Inline>& inlines) {
    PlainText text = positioned_text(inlines);
    Provision p;
    p.words = words_of(text.text);
    // Short items ("Electioneering;") say too little to be the same duty.
    if (p.words.size() < 8) return;
    p.side = {unit, text.position(0), text.text};
    std::hash<std::string> hash;
    for (std::size_t i = 0; i + 2 < p.words.size(); ++i)
        p.grams.push_back(hash(p.words[i] + ' ' + p.words[i + 1] + ' ' + p.words[i + 2]));
    std::sort(p.grams.begin(), p.grams.end());
    p.grams.erase(std::unique(p.grams.begin(), p.grams.end()), p.grams.end());
    out.push_back(std::move(p));
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
    std::vector<Parallel> out;
    for (const auto& [key, count] : shared) {
        const Provision& a = provisions[key >> 32];
        const Provision& b = provisions[key & 0xffffffffu];
        if (a.side.unit == b.side.unit) continue;
        double smaller = static_cast<double>(std::min(a.grams.size(), b.grams.size()));
        double jaccard = count / static_cast<double>(a.grams.size() + b.grams.size() -
                                                     static_cast<std::size_t>(count));
        double containment = count / smaller;
        // The same duty: most trigrams shared, or a long provision wholly restated in another.
        if (jaccard < 0.5 && !(containment >= 0.75 && smaller >= 12)) continue;
        Parallel p;
        p.a = a.side;
        p.b = b.side;
        p.score = std::max(jaccard, containment);
        p.matching = longest_common_run(a.words, b.words);
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const Parallel& x, const Parallel& y) {
        return x.a.pos != y.a.pos ? x.a.pos < y.a.pos : x.b.pos < y.b.pos;
    });
    return out;
}

} // namespace clerk

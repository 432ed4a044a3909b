#include "diff/compare.hpp"

#include "diff/unit_text.hpp"
#include "link/links.hpp"

#include <algorithm>

namespace clerk::diff {

namespace {

// Positions (into `sequence`) of a longest increasing subsequence.
std::vector<bool> in_increasing_run(const std::vector<UnitIndex>& sequence) {
    std::vector<std::size_t> tails, previous(sequence.size(), SIZE_MAX);
    for (std::size_t k = 0; k < sequence.size(); ++k) {
        auto it = std::lower_bound(tails.begin(), tails.end(), sequence[k],
                                   [&](std::size_t t, UnitIndex v) { return sequence[t] < v; });
        if (it != tails.begin()) previous[k] = *(it - 1);
        if (it == tails.end())
            tails.push_back(k);
        else
            *it = k;
    }
    std::vector<bool> keep(sequence.size(), false);
    for (std::size_t k = tails.empty() ? SIZE_MAX : tails.back(); k != SIZE_MAX; k = previous[k])
        keep[k] = true;
    return keep;
}

// Moved units: under a parent that is not the match of their old parent, or out of order
// among the units that kept their parent. A unit that moves with its parent is not moved
// itself.
std::vector<bool> find_moves(const Document& before, const Document& after, const Alignment& al) {
    std::vector<bool> moved(before.units.size(), false);
    std::vector<std::vector<std::size_t>> groups(after.units.size() + 1);
    for (std::size_t i = 0; i < before.units.size(); ++i) {
        UnitIndex j = al.new_of_old[i];
        if (j == kNoUnit) continue;
        UnitIndex old_parent = before.units[i].parent;
        UnitIndex new_parent = after.units[unit_position(j)].parent;
        UnitIndex expected =
            old_parent == kNoUnit ? kNoUnit : al.new_of_old[unit_position(old_parent)];
        if (old_parent != kNoUnit && expected == kNoUnit) {
            moved[i] = new_parent != kNoUnit; // its parent went: moved unless now top level
            continue;
        }
        if (expected != new_parent) {
            moved[i] = true;
            continue;
        }
        groups[new_parent == kNoUnit ? after.units.size() : unit_position(new_parent)].push_back(i);
    }
    for (const auto& group : groups) {
        std::vector<UnitIndex> order;
        for (std::size_t i : group)
            order.push_back(al.new_of_old[i]);
        std::vector<bool> keep = in_increasing_run(order);
        for (std::size_t k = 0; k < group.size(); ++k)
            if (!keep[k]) moved[group[k]] = true;
    }
    return moved;
}

// Whether `haystack` contains `needle` once spaces are collapsed.
bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(collapse_spaces(needle)) != std::string::npos;
}

std::vector<Drift> find_drifts(const Document& before, const Links& before_links,
                               const std::vector<std::string>& after_texts,
                               const std::vector<UnitChange>& changes, const Alignment& al) {
    std::vector<bool> amended(before.units.size(), false);
    for (const UnitChange& c : changes)
        if (c.old_unit != kNoUnit && c.amended) amended[unit_position(c.old_unit)] = true;
    std::vector<Drift> drifts;
    for (const Parallel& p : before_links.parallels) {
        UnitIndex na = al.new_of_old[unit_position(p.a.unit)],
                  nb = al.new_of_old[unit_position(p.b.unit)];
        if (na == kNoUnit || nb == kNoUnit) continue;
        bool a_changed =
            amended[unit_position(p.a.unit)] && !contains(after_texts[unit_position(na)], p.a.text);
        bool b_changed =
            amended[unit_position(p.b.unit)] && !contains(after_texts[unit_position(nb)], p.b.text);
        if (a_changed == b_changed) continue;
        if (a_changed)
            drifts.push_back({p.a.unit, na, p.b.unit, nb, p.a.text});
        else
            drifts.push_back({p.b.unit, nb, p.a.unit, na, p.b.text});
    }
    return drifts;
}

} // namespace

DocumentDiff diff_documents(const Document& before, const Document& after) {
    DocumentDiff result;
    result.before = &before;
    result.after = &after;
    std::vector<std::string> before_texts = unit_texts(before), after_texts = unit_texts(after);
    Alignment& al = result.alignment;
    al = align_units(before, after, before_texts, after_texts);

    // References compare by the unit they name, not its number: a reference to 5.7 that
    // now reads 5.8 because 5.7 became 5.8 is the same reference.
    // Drift needs the parallels of the old version only.
    Links before_links = link_document(before), after_links = link_references(after);
    std::vector<std::string> before_keys =
        texts_with_reference_tokens(before, before_links, before_texts, [&](UnitIndex t) {
            UnitIndex m = al.new_of_old[unit_position(t)];
            return m == kNoUnit ? "\x01old" + std::to_string(t) + "\x01"
                                : "\x01" + std::to_string(m) + "\x01";
        });
    std::vector<std::string> after_keys =
        texts_with_reference_tokens(after, after_links, after_texts, [](UnitIndex t) {
            return "\x01" + std::to_string(t) + "\x01";
        });

    std::vector<bool> moved = find_moves(before, after, al);
    auto change_for_old = [&](std::size_t i) {
        UnitChange c;
        c.old_unit = static_cast<UnitIndex>(i);
        c.new_unit = al.new_of_old[i];
        if (c.new_unit == kNoUnit) return c;
        std::size_t j = unit_position(c.new_unit);
        c.moved = moved[i];
        c.renumbered = number_key(before.units[i].number) != number_key(after.units[j].number);
        bool words_differ = before_texts[i] != after_texts[j];
        c.amended = before_keys[i] != after_keys[j];
        c.consequential = words_differ && !c.amended;
        if (words_differ)
            c.edits = diff_words(unit_lines(before, c.old_unit), unit_lines(after, c.new_unit));
        return c;
    };

    // Reading order: the new version's units, each removed unit after the unit that
    // followed its nearest matched predecessor.
    std::vector<std::vector<std::size_t>> removed_after(after.units.size() + 1);
    std::size_t anchor = 0; // position in the new version after the last matched old unit
    for (std::size_t i = 0; i < before.units.size(); ++i) {
        if (al.new_of_old[i] != kNoUnit)
            anchor = std::max(anchor, unit_position(al.new_of_old[i]) + 1);
        else
            removed_after[anchor].push_back(i);
    }
    auto emit_removed = [&](std::size_t slot) {
        for (std::size_t i : removed_after[slot])
            result.changes.push_back(change_for_old(i));
    };
    for (std::size_t j = 0; j < after.units.size(); ++j) {
        emit_removed(j);
        UnitIndex i = al.old_of_new[j];
        if (i == kNoUnit) {
            UnitChange c;
            c.new_unit = static_cast<UnitIndex>(j);
            result.changes.push_back(std::move(c));
            continue;
        }
        ++result.matched;
        UnitChange c = change_for_old(unit_position(i));
        if (c.amended || c.moved || c.renumbered || c.consequential)
            result.changes.push_back(std::move(c));
    }
    emit_removed(after.units.size());
    result.drifts = find_drifts(before, before_links, after_texts, result.changes, al);
    return result;
}

} // namespace clerk::diff

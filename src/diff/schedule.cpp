#include "diff/schedule.hpp"

#include "diff/unit_text.hpp"
#include "model/plain_text.hpp"
#include "text/text_runs.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>

namespace clerk::diff {

namespace {

// At most `limit` words of `text`, with an ellipsis when cut.
std::string first_words(std::string_view text, std::size_t limit) {
    std::string collapsed = collapse_spaces(text);
    std::size_t words = 0, at = 0;
    while (at < collapsed.size()) {
        std::size_t space = collapsed.find(' ', at);
        if (++words == limit && space != std::string::npos)
            return collapsed.substr(0, space) + " …";
        if (space == std::string::npos) break;
        at = space + 1;
    }
    return collapsed;
}

std::string in_quotes(std::string_view text) {
    return "‘" + first_words(text, 12) + "’";
}

// "section 7.2 ‘Scrutiny Reviews’" or the unit's first words.
std::string unit_phrase(const Document& doc, UnitIndex u) {
    const Unit& unit = doc.units[unit_position(u)];
    if (!unit.title.empty()) return in_quotes(unit.title);
    return in_quotes(plain_text(unit));
}

std::string range(const std::string& first, const std::string& last) {
    return first == last ? first : first + "–" + last;
}

bool is_descendant(const Document& doc, UnitIndex unit, UnitIndex ancestor) {
    for (UnitIndex p = doc.units[unit_position(unit)].parent; p != kNoUnit;
         p = doc.units[unit_position(p)].parent)
        if (p == ancestor) return true;
    return false;
}

std::string parent_label(const Document& doc, UnitIndex u) {
    UnitIndex p = doc.units[unit_position(u)].parent;
    return p == kNoUnit ? "the top level" : unit_label(doc, p);
}

} // namespace

std::string describe_edits(const std::vector<TextEdit>& edits, std::string_view replaced_by) {
    std::vector<std::string> parts;
    std::vector<std::size_t> times;
    std::size_t changes = 0;
    for (std::size_t k = 0; k < edits.size(); ++k) {
        if (edits[k].kind == EditKind::Equal) continue;
        std::string deleted, inserted;
        if (edits[k].kind == EditKind::Delete) {
            deleted = collapse_spaces(edits[k].text);
            if (k + 1 < edits.size() && edits[k + 1].kind == EditKind::Insert)
                inserted = collapse_spaces(edits[++k].text);
        } else {
            inserted = collapse_spaces(edits[k].text);
        }
        if (deleted.empty() && inserted.empty()) continue; // spacing only
        std::string part;
        if (deleted.empty())
            part = in_quotes(inserted) + " added";
        else if (inserted.empty())
            part = in_quotes(deleted) + " removed";
        else
            part = in_quotes(deleted) + " " + std::string(replaced_by) + " " + in_quotes(inserted);
        // The same edit twice in one unit is said once, with how often.
        auto same = std::find(parts.begin(), parts.end(), part);
        if (same != parts.end()) {
            ++times[static_cast<std::size_t>(same - parts.begin())];
            continue;
        }
        ++changes;
        if (parts.size() == 3) continue;
        parts.push_back(part);
        times.push_back(1);
    }
    std::string out;
    for (std::size_t k = 0; k < parts.size(); ++k)
        out += (k ? "; " : "") + parts[k] +
               (times[k] > 1 ? fmt::format(" ({} times)", times[k]) : std::string());
    if (changes > parts.size()) out += fmt::format("; and {} more changes", changes - parts.size());
    if (out.empty()) out = "spacing only";
    return out;
}

std::string describe_amendment(const std::vector<TextEdit>& edits) {
    std::size_t kept = 0, deleted = 0, groups = 0;
    std::string now;
    for (std::size_t k = 0; k < edits.size(); ++k) {
        std::size_t words = text::split_tokens(edits[k].text).size();
        if (edits[k].kind == EditKind::Equal) kept += words;
        if (edits[k].kind == EditKind::Delete) deleted += words;
        if (edits[k].kind != EditKind::Equal && (k == 0 || edits[k - 1].kind == EditKind::Equal))
            ++groups;
        if (edits[k].kind != EditKind::Delete) now += edits[k].text;
    }
    // Many scattered changes read better as the new wording than as a list of edits.
    if ((deleted > kept && deleted >= 6) || (groups > 3 && deleted * 3 > kept))
        return "reworded; now reads " + in_quotes(now);
    return describe_edits(edits);
}

namespace {

// Amendments that make the same change in several units ("‘Strategic’ replaced by
// ‘Executive’") are one change made throughout: one row listing where.
void merge_repeated_amendments(std::vector<ScheduleRow>& rows) {
    std::vector<ScheduleRow> merged;
    std::vector<std::size_t> count;
    std::unordered_map<std::string, std::size_t> amended_row; // summary -> row in `merged`
    for (ScheduleRow& row : rows) {
        if (row.change == "Amended") {
            auto [at, first] = amended_row.try_emplace(row.summary, merged.size());
            if (!first) {
                ScheduleRow& m = merged[at->second];
                m.old_number += ", " + row.old_number;
                m.new_number += ", " + row.new_number;
                ++count[at->second];
                continue;
            }
        }
        merged.push_back(std::move(row));
        count.push_back(1);
    }
    for (std::size_t k = 0; k < merged.size(); ++k)
        if (count[k] > 1) merged[k].summary += fmt::format(" (in {} places)", count[k]);
    rows = std::move(merged);
}

} // namespace

Schedule make_schedule(const DocumentDiff& diff) {
    const Document& before = *diff.before;
    const Document& after = *diff.after;
    Schedule s;
    UnitIndex open_added = kNoUnit, open_removed = kNoUnit; // subtrees reported as one row
    std::size_t open_row = 0;
    UnitIndex last_renumbered = kNoUnit; // the new unit that ends the open renumbering run
    // An added or removed unit; a whole subtree added or removed is one row.
    auto whole_unit = [&](const Document& doc, UnitIndex unit, UnitIndex& open, bool added,
                          std::size_t change) {
        std::string label = unit_label(doc, unit);
        if (open != kNoUnit && is_descendant(doc, unit, open)) {
            ScheduleRow& row = s.rows[open_row];
            (added ? row.new_number : row.old_number) = range(unit_label(doc, open), label);
            return;
        }
        open = unit;
        open_row = s.rows.size();
        s.rows.push_back({added ? "" : label, added ? label : "", added ? "Added" : "Removed",
                          (added ? "Added: " : "Removed: ") + unit_phrase(doc, unit), false,
                          change});
        last_renumbered = kNoUnit;
    };
    for (std::size_t n = 0; n < diff.changes.size(); ++n) {
        const UnitChange& c = diff.changes[n];
        if (c.added() || c.removed()) {
            ++(c.added() ? s.added : s.removed);
            if (c.added())
                whole_unit(after, c.new_unit, open_added, true, n);
            else
                whole_unit(before, c.old_unit, open_removed, false, n);
            continue;
        }
        std::string old_label = unit_label(before, c.old_unit);
        std::string new_label = unit_label(after, c.new_unit);
        if (c.renumbered) ++s.renumbered;
        if (c.consequential)
            s.consequential.push_back({new_label, describe_edits(c.edits, "now reads")});
        if (!c.substantive()) {
            if (!c.renumbered) continue;
            // Runs of units only renumbered, one after another in the new version.
            if (last_renumbered != kNoUnit && c.new_unit == last_renumbered + 1 &&
                !s.rows.empty() && s.rows.back().renumbering) {
                ScheduleRow& row = s.rows.back();
                std::string first_old = row.old_number.substr(0, row.old_number.find("–"));
                std::string first_new = row.new_number.substr(0, row.new_number.find("–"));
                row.old_number = range(first_old, old_label);
                row.new_number = range(first_new, new_label);
                row.summary = row.old_number + " renumbered " + row.new_number;
            } else {
                s.rows.push_back({old_label, new_label, "Renumbered",
                                  old_label + " renumbered " + new_label, true, n});
            }
            last_renumbered = c.new_unit;
            continue;
        }
        last_renumbered = kNoUnit;
        std::vector<std::string> what;
        if (c.moved) {
            ++s.moved;
            std::string from = parent_label(before, c.old_unit);
            std::string to = parent_label(after, c.new_unit);
            what.push_back(from == to ? "Moved within " + to : "Moved from " + from + " to " + to);
        }
        if (c.amended) {
            ++s.amended;
            what.push_back(std::string(c.moved ? "amended: " : "Amended: ") +
                           describe_amendment(c.edits));
        }
        std::string summary;
        for (std::size_t k = 0; k < what.size(); ++k)
            summary += (k ? "; " : "") + what[k];
        std::string change = c.moved && c.amended ? "Moved and amended"
                             : c.moved            ? "Moved"
                                                  : "Amended";
        s.rows.push_back({old_label, new_label, change, summary, false, n});
    }
    merge_repeated_amendments(s.rows);
    std::unordered_map<UnitIndex, const UnitChange*> change_of_old;
    if (!diff.drifts.empty())
        for (const UnitChange& c : diff.changes)
            if (c.old_unit != kNoUnit) change_of_old[c.old_unit] = &c;
    for (const Drift& d : diff.drifts) {
        std::string changed = unit_label(after, d.changed_new);
        std::string kept = unit_label(after, d.kept_new);
        auto found = change_of_old.find(d.changed_old);
        const UnitChange* change = found == change_of_old.end() ? nullptr : found->second;
        s.drifts.push_back(fmt::format(
            "{} and {} stated the same provision; {} changed ({}) but {} did not", changed, kept,
            changed, change ? describe_edits(change->edits) : "amended", kept));
    }
    return s;
}

std::string change_anchor(std::size_t row) {
    return fmt::format("change-{}", row + 1);
}

} // namespace clerk::diff

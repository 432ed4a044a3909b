// The comparison as JSON (SPEC §10): one entry per unit that changed.
#include "diff/diff_output.hpp"

#include <nlohmann/json.hpp>

namespace clerk::diff {

namespace {

nlohmann::ordered_json number_or_null(const Document& doc, UnitIndex u) {
    if (u == kNoUnit) return nullptr;
    return unit_label(doc, u);
}

// The main kind of a change; the others are in "types".
std::string primary_type(const UnitChange& c) {
    if (c.added()) return "added";
    if (c.removed()) return "removed";
    if (c.moved) return "moved";
    if (c.amended) return "amended";
    if (c.renumbered) return "renumbered";
    return "consequential";
}

} // namespace

std::string write_diff_json(const DocumentDiff& diff, const Schedule& schedule,
                            const DiffLabels& labels) {
    using json = nlohmann::ordered_json;
    const Document& before = *diff.before;
    const Document& after = *diff.after;
    json out;
    out["format"] = "clerk/1";
    out["old"] = {{"file", labels.old_file}, {"version", before.metadata.version}};
    out["new"] = {{"file", labels.new_file}, {"version", after.metadata.version}};
    out["summary"] = summary_line(schedule, diff);
    json changes = json::array();
    for (const UnitChange& c : diff.changes) {
        json entry;
        entry["type"] = primary_type(c);
        json types = json::array();
        if (c.added()) types.push_back("added");
        if (c.removed()) types.push_back("removed");
        if (c.moved) types.push_back("moved");
        if (c.amended) types.push_back("amended");
        if (c.renumbered) types.push_back("renumbered");
        if (c.consequential) types.push_back("consequential");
        entry["types"] = types;
        entry["old"] = number_or_null(before, c.old_unit);
        entry["new"] = number_or_null(after, c.new_unit);
        if (c.added())
            entry["summary"] = "added";
        else if (c.removed())
            entry["summary"] = "removed";
        else if (!c.edits.empty())
            entry["summary"] = describe_edits(c.edits);
        else
            entry["summary"] = c.moved ? "moved" : "renumbered";
        if (!c.edits.empty()) {
            json edits = json::array();
            for (const TextEdit& e : c.edits)
                edits.push_back({{"op", e.kind == EditKind::Equal    ? "equal"
                                        : e.kind == EditKind::Delete ? "delete"
                                                                     : "insert"},
                                 {"text", e.text}});
            entry["edits"] = edits;
        }
        changes.push_back(entry);
    }
    out["changes"] = changes;
    json schedule_rows = json::array();
    for (const ScheduleRow& row : schedule.rows)
        schedule_rows.push_back({{"old", row.old_number},
                                 {"new", row.new_number},
                                 {"change", row.change},
                                 {"summary", row.summary}});
    out["schedule"] = schedule_rows;
    json drifts = json::array();
    for (const Drift& d : diff.drifts)
        drifts.push_back({{"changed", unit_label(after, d.changed_new)},
                          {"unchanged", unit_label(after, d.kept_new)},
                          {"provision", d.old_text}});
    out["drift"] = drifts;
    return out.dump(2) + "\n";
}

} // namespace clerk::diff

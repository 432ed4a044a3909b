// The schedule of changes: one row per change a committee decides on, in words a member
// understands, with units that were only renumbered collapsed into one row per run.
#pragma once

#include "diff/compare.hpp"
#include "model/unit_label.hpp"

#include <string>
#include <vector>

namespace clerk::diff {

/// One row of the schedule.
struct ScheduleRow {
    std::string old_number;   ///< "7.2", "5.3–5.9", "" when added
    std::string new_number;   ///< "7.1.3", "5.4–5.10", "" when removed
    std::string change;       ///< "Added", "Removed", "Amended", "Moved and amended", "Renumbered"
    std::string summary;      ///< what changed, in words
    bool renumbering = false; ///< a run of units only renumbered
    std::size_t first_change = 0; ///< index in DocumentDiff::changes of the change it opens
};

/// A reference that changed only because its target was renumbered.
struct ConsequentialRow {
    std::string unit;    ///< the new number of the unit it is in
    std::string summary; ///< "‘5.7’ now reads ‘5.8’"
};

/// Everything the outputs show, worked out once.
struct Schedule {
    std::vector<ScheduleRow> rows;
    std::vector<ConsequentialRow> consequential;
    std::vector<std::string> drifts; ///< one sentence each
    std::size_t added = 0, removed = 0, amended = 0, moved = 0, renumbered = 0;
};

/// How the schedule names a unit: the model's label.
using ::clerk::unit_label;

/// "‘him / her’ replaced by ‘them’; ‘promptly’ added" for up to three changes.
std::string describe_edits(const std::vector<TextEdit>& edits,
                           std::string_view replaced_by = "replaced by");

/// describe_edits(), or the new wording when most of the unit was rewritten.
std::string describe_amendment(const std::vector<TextEdit>& edits);

/// The schedule of a comparison.
Schedule make_schedule(const DocumentDiff& diff);

/// The anchor (HTML id, PDF destination) of a schedule row's entry in the redline:
/// "change-1" for row 0, so the schedule's links and the redline agree in every output.
std::string change_anchor(std::size_t row);

} // namespace clerk::diff

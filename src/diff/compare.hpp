// Comparing two versions of a document: what happened to each unit, the words changed
// inside amended ones, references changed only by renumbering, and parallel provisions
// that drifted apart.
#pragma once

#include "diff/align.hpp"
#include "diff/word_diff.hpp"
#include "model/document.hpp"

#include <string>
#include <vector>

namespace clerk::diff {

/// What happened to one unit. A unit may be moved and amended and renumbered at once.
struct UnitChange {
    UnitIndex old_unit = kNoUnit; ///< kNoUnit when added
    UnitIndex new_unit = kNoUnit; ///< kNoUnit when removed
    bool amended = false;         ///< its words changed
    bool moved = false;           ///< it sits under another parent or out of order
    bool renumbered = false;      ///< its number changed
    bool consequential = false;   ///< only reference numbers changed, as their targets did
    std::vector<TextEdit> edits;  ///< amended or consequential: the old text to the new

    bool added() const { return old_unit == kNoUnit; }
    bool removed() const { return new_unit == kNoUnit; }
    /// Added, removed, amended or moved: a change a committee decides on.
    bool substantive() const { return added() || removed() || amended || moved; }
};

/// Two parallel provisions (the same duty in two places) of which one changed and the other
/// did not.
struct Drift {
    UnitIndex changed_old = kNoUnit, changed_new = kNoUnit; ///< the side that changed
    UnitIndex kept_old = kNoUnit, kept_new = kNoUnit;       ///< the side that did not
    std::string old_text;                                   ///< the provision as it was
};

/// The comparison of two versions.
struct DocumentDiff {
    const Document* before = nullptr;
    const Document* after = nullptr;
    Alignment alignment;
    std::vector<UnitChange> changes; ///< in reading order; removed units where they were
    std::vector<Drift> drifts;
    std::size_t matched = 0; ///< units found in both versions

    /// True when nothing changed at all.
    bool identical() const { return changes.empty() && drifts.empty(); }
};

/// Compares two versions. Both documents must outlive the result.
DocumentDiff diff_documents(const Document& before, const Document& after);

} // namespace clerk::diff

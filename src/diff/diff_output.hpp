// The forms a comparison is written in: a terminal summary, the schedule of changes in
// Markdown, JSON (SPEC §10) and an HTML redline.
#pragma once

#include "diff/compare.hpp"
#include "diff/schedule.hpp"
#include "render/templates.hpp"

#include <string>

namespace clerk::diff {

/// Names of the two versions as the outputs show them.
struct DiffLabels {
    std::string old_name; ///< file name, and version when known: "protocol.md (v1.0)"
    std::string new_name;
    std::string old_file; ///< the file names alone, for JSON
    std::string new_file;
};

/// "3 added, 1 removed, 5 amended, 1 moved; 12 renumbered; 4 consequential; 1 drift".
std::string summary_line(const Schedule& schedule, const DocumentDiff& diff);

/// One line per change, coloured when `colour` is set.
std::string write_diff_text(const DocumentDiff& diff, const Schedule& schedule,
                            const DiffLabels& labels, bool colour);

/// The schedule of changes as Markdown, for pasting into a committee report.
std::string write_diff_markdown(const DocumentDiff& diff, const Schedule& schedule,
                                const DiffLabels& labels);

/// `{"format": "clerk/1", "changes": [{"type", "old", "new", "summary"} ...]}` and more.
std::string write_diff_json(const DocumentDiff& diff, const Schedule& schedule,
                            const DiffLabels& labels);

/// A self-contained redline page in the render's style: the change list, then the new
/// version's units with deletions and insertions marked by <del>/<ins> and in words.
std::string write_diff_html(const DocumentDiff& diff, const Schedule& schedule,
                            const DiffLabels& labels, const render::Templates& templates);

} // namespace clerk::diff

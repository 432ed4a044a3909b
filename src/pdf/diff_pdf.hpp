// A comparison as PDF for the committee report: the schedule of changes, then the redline
// (every substantive change with its deletions struck through and insertions underlined).
#pragma once

#include "diff/diff_output.hpp"
#include "pdf/render_pdf.hpp"

namespace clerk::pdf {

/// The schedule of changes and the redline of `diff`, in the new version's running header
/// and footer. No file I/O inside.
PdfOutput render_diff_pdf(const diff::DocumentDiff& diff, const diff::Schedule& schedule,
                          const diff::DiffLabels& labels, const PdfStyle& style);

} // namespace clerk::pdf

// Building diagnostics that point at words found in a run of text.
#pragma once

#include "content/text_runs.hpp"
#include "model/diagnostic.hpp"

#include <string>

namespace clerk::content {

/// A diagnostic for the bytes `range` of a run.
Diagnostic finding_at(const Document& document, const TextRun& run, Range range, std::string rule,
                      Severity severity, std::string message, std::string suggestion = {});

/// Adds a note pointing at `range` of a run ("also cited here").
void add_note(Diagnostic& diagnostic, const Document& document, const TextRun& run, Range range,
              std::string message);

/// The ID of a unit for messages ("8.1.8", "appendix-1"); "the preamble" for none.
std::string unit_label(const Document& document, UnitIndex unit);

/// Sorts diagnostics by line and column, then rule, so that output is deterministic.
void sort_findings(std::vector<Diagnostic>& diagnostics);

} // namespace clerk::content

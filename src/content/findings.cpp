#include "content/findings.hpp"

#include <algorithm>
#include <tuple>

namespace clerk::content {

namespace {

SourceSpan span_of(const TextRun& run, Range range) {
    SourcePos begin = run.text.position(range.begin);
    SourcePos end = run.text.position(range.end > range.begin ? range.end - 1 : range.begin);
    return {begin, end};
}

} // namespace

Diagnostic finding_at(const Document& document, const TextRun& run, Range range, std::string rule,
                      Severity severity, std::string message, std::string suggestion) {
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(rule);
    d.message = std::move(message);
    d.file = document.source.path();
    d.span = span_of(run, range);
    d.suggestion = std::move(suggestion);
    return d;
}

void add_note(Diagnostic& diagnostic, const Document& document, const TextRun& run, Range range,
              std::string message) {
    diagnostic.notes.push_back({std::move(message), document.source.path(), span_of(run, range)});
}

std::string unit_label(const Document& document, UnitIndex unit) {
    if (unit == kNoUnit || unit >= static_cast<UnitIndex>(document.units.size()))
        return "the preamble";
    const Unit& u = document.units[static_cast<std::size_t>(unit)];
    if (u.kind == UnitKind::Preamble) return "the preamble";
    return u.id;
}

void sort_findings(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.span.begin.line, a.span.begin.column, a.code) <
                                std::tie(b.span.begin.line, b.span.begin.column, b.code);
                     });
}

} // namespace clerk::content

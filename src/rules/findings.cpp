// Building findings: a span of the document, or bytes of a run of text.
#include "rules/rule.hpp"

namespace clerk::check {

namespace {

SourceSpan span_of(const text::TextRun& run, text::Range range) {
    SourcePos begin = run.text.position(range.begin);
    SourcePos end = run.text.position(range.end > range.begin ? range.end - 1 : range.begin);
    return {begin, end};
}

} // namespace

Diagnostic finding(const Document& document, SourceSpan span, std::string message,
                   std::string suggestion) {
    Diagnostic d;
    d.message = std::move(message);
    d.file = document.source.path();
    d.span = span;
    d.suggestion = std::move(suggestion);
    return d;
}

Diagnostic finding_at(const Document& document, const text::TextRun& run, text::Range range,
                      std::string message, std::string suggestion) {
    return finding(document, span_of(run, range), std::move(message), std::move(suggestion));
}

void add_note(Diagnostic& diagnostic, const Document& document, const text::TextRun& run,
              text::Range range, std::string message) {
    diagnostic.notes.push_back({std::move(message), document.source.path(), span_of(run, range)});
}

} // namespace clerk::check

// The defined-term checks: near-miss role titles, unused definitions, defined terms in
// lower case, and deprecated titles.
#pragma once

#include "content/text_runs.hpp"
#include "model/diagnostic.hpp"
#include "refdata/reference_data.hpp"

#include <vector>

namespace clerk::content {

/// A term the document defines, with where.
struct DefinedTerm {
    std::string term;
    UnitIndex unit = kNoUnit;
    SourcePos pos;
};

/// The terms of the document's definitions units.
std::vector<DefinedTerm> defined_terms(const Document& document);

/// term/near-miss: a capitalised role or body of two or more words, not defined, that differs
/// from a defined term by one word ("Chief Finance Officer" for "Designated Finance Officer")
/// or a few letters.
std::vector<Diagnostic> check_near_miss_terms(const Document& document,
                                              const std::vector<TextRun>& runs);
/// term/unused: a definition whose term is never used outside the definitions.
std::vector<Diagnostic> check_unused_definitions(const Document& document,
                                                 const std::vector<TextRun>& runs);
/// term/lowercase: a defined term of two or more words written in lower case.
std::vector<Diagnostic> check_lowercase_terms(const Document& document,
                                              const std::vector<TextRun>& runs);
/// term/deprecated: a title the council has retired, with its replacement.
std::vector<Diagnostic> check_deprecated_titles(const Document& document,
                                                const std::vector<TextRun>& runs,
                                                const refdata::DeprecatedTitles& titles);

} // namespace clerk::content

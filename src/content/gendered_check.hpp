// lang/gendered over a whole document.
#pragma once

#include "content/text_runs.hpp"
#include "model/diagnostic.hpp"
#include "refdata/reference_data.hpp"

#include <vector>

namespace clerk::content {

/// lang/gendered: every gendered term that find_gendered reports, with its neutral suggestion.
/// Titles of Acts are left alone.
std::vector<Diagnostic> check_gendered_language(const Document& document,
                                                const std::vector<TextRun>& runs,
                                                const refdata::GenderedTerms& terms);

} // namespace clerk::content

// Finding gendered words and phrases that should be neutral.
#pragma once

#include "refdata/reference_data.hpp"
#include "text/text_runs.hpp"

#include <vector>

namespace clerk::check {

/// A gendered term found in a run of text.
struct GenderedHit {
    std::size_t begin = 0; ///< byte offset in the run's text
    std::size_t end = 0;
    const refdata::GenderedTerm* term = nullptr;
};

/// The gendered terms of a run that are findings: paired forms (always generic) outside
/// quotations; pronouns only in normative sentences that name no particular person; nouns
/// unless the sentence is about a particular person, the word is a title after a name
/// ("R Walker (Chairman)"), all capitals (a signature line) or an allowed title. `skip` lists
/// spans to leave alone (titles of Acts, names).
std::vector<GenderedHit> find_gendered(const text::TextRun& run,
                                       const refdata::GenderedTerms& terms,
                                       const std::vector<text::Range>& skip = {});

} // namespace clerk::check

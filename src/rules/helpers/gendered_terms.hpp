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

/// The gendered terms of a run that are findings, outside quotations, allowed titles and the
/// `skip` spans (titles of Acts): paired forms and gendered titles of office ("Chairman",
/// "(Chairman)", "CHAIRMAN") wherever they stand; pronouns only where generic, standing for
/// whoever holds a role ("a Councillor ... he") rather than a particular person
/// (text/generic_pronoun.hpp).
std::vector<GenderedHit> find_gendered(const text::TextRun& run,
                                       const refdata::GenderedTerms& terms,
                                       const std::vector<text::Range>& skip = {});

} // namespace clerk::check

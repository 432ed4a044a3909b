// Finding gendered words and phrases that should be neutral.
#pragma once

#include "refdata/reference_data.hpp"
#include "text/string_hash.hpp"
#include "text/text_runs.hpp"

#include <bitset>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace clerk::check {

/// A gendered term found in a run of text.
struct GenderedHit {
    std::size_t begin = 0; ///< byte offset in the run's text
    std::size_t end = 0;
    const refdata::GenderedTerm* term = nullptr;
};

/// Finds the gendered terms of runs of text. Built once per document from the term list
/// (each term split into words, longest first), then asked for each run.
class GenderedMatcher {
  public:
    explicit GenderedMatcher(const refdata::GenderedTerms& terms);

    /// The gendered terms of a run (whose words are `words`) that are findings, outside quotations,
    /// allowed titles and the `skip` spans (titles of Acts): paired forms and gendered titles of
    /// office
    /// ("Chairman", "(Chairman)", "CHAIRMAN") wherever they stand; pronouns only where generic,
    /// standing for whoever holds a role ("a Councillor ... he") rather than a particular
    /// person (text/generic_pronoun.hpp).
    std::vector<GenderedHit> find(const text::TextRun& run, const std::vector<text::Word>& words,
                                  const std::vector<text::Range>& skip = {}) const;

  private:
    std::vector<std::pair<std::vector<std::string>, const refdata::GenderedTerm*>> patterns_;
    /// Positions in patterns_ of the patterns starting with each word, longest first.
    std::unordered_map<std::string, std::vector<std::size_t>, text::StringHash, std::equal_to<>>
        by_first_word_;
    std::vector<std::string> allowed_; ///< allowed titles, case folded
    /// The bytes a pattern's first word starts with, and the longest first word: most words
    /// of a run are passed over without a lookup.
    std::bitset<256> first_bytes_;
    std::size_t longest_first_ = 0;
};

} // namespace clerk::check

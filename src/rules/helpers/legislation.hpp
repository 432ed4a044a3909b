// What the legislation rules share: the Act citations of a document's runs, and looking
// them up in the legislation register.
#pragma once

#include "link/links.hpp"
#include "refdata/reference_data.hpp"
#include "text/text_runs.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace clerk::check {

/// An Act citation and the run it was found in.
struct LocatedActCitation {
    std::size_t run = 0;
    ActCitation cite;
};

/// Every Act citation with a title that the link stage found, in document order.
std::vector<LocatedActCitation> act_citations(const Links& links);

/// The register Act a citation means: exact title and year, else the same title key
/// (spelling variants) and year; null when none.
const refdata::Act* resolve_act(const refdata::LegislationRegister& reg, const ActCitation& cite);

/// The register Act nearest in wording to an unknown title: one word added, dropped or
/// changed, or a couple of letters; the year must agree when one is written.
const refdata::Act* nearest_act(const refdata::LegislationRegister& reg, const ActCitation& c);

/// The register's titles as keys (title_key), worked out once for all the citations a rule
/// reads.
class RegisterTitles {
  public:
    explicit RegisterTitles(const refdata::LegislationRegister& reg);
    /// The title of the register's Act whose title has this key (the last such Act); empty
    /// when none.
    std::string act_title(const std::string& key) const;
    /// The first of the register's other titles (`other_years`) with this key; empty when none.
    std::string other_title(const std::string& key) const;

  private:
    const refdata::LegislationRegister& reg_;
    std::vector<std::string> act_keys_, other_keys_; // in the register's order
};

/// The sentence of a run around `offset`.
std::string_view sentence_text(const text::TextRun& run, std::size_t offset);

/// A sentence that tells the history of an Act (repealed, lapsed, replaced) rather than
/// relying on it.
bool is_historical(std::string_view sentence);

/// "Local Government Act 1972", or the title alone when no year is written.
std::string cited_as(const ActCitation& c);

/// "2001, 2004 or 2012".
std::string years_list(const std::vector<int>& years);

/// `phrase` in `haystack` between word boundaries.
bool contains_phrase(const std::string& haystack, const std::string& phrase);

/// The sentence a citation is made in, lower case, with typographic quotes made plain.
std::string citation_context(const text::TextRun& run, const ActCitation& c);

} // namespace clerk::check

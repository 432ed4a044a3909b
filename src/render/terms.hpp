// Defined terms in running text: where each term the document defines is used, so that the
// page can link it to its definition.
#pragma once

#include "model/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace clerk::render {

/// A term the document defines.
struct TermEntry {
    std::string term;       ///< as defined: "Chief Officer"
    UnitIndex unit;         ///< the defining clause
    std::string definition; ///< the defining clause's text
};

/// One use of a defined term in a run of text.
struct TermHit {
    std::size_t begin; ///< byte offsets into the text
    std::size_t end;
    std::size_t entry; ///< index into the entries
};

/// The document's defined terms, in document order.
std::vector<TermEntry> defined_terms(const Document& doc);

/// Uses of the terms in `text`: whole words, case as defined, with plural and possessive
/// forms ("Officers", "Councillor Bodies", "Council's"); the longest term wins where two
/// overlap ("Chief Officer" over "Officer"). Sorted by position, never overlapping.
std::vector<TermHit> find_terms(std::string_view text, const std::vector<TermEntry>& entries);

} // namespace clerk::render

// Finding citations of Acts of Parliament in prose: "Section 28(1) of the Localism Act 2011",
// "S.100 Local Government Act 1972", "the Data Protection Act 1998".
#pragma once

#include "text/text_runs.hpp"

#include <string>
#include <vector>

namespace clerk::check {

/// One citation of an Act.
struct ActCitation {
    text::Range span;       ///< the whole citation, section included
    text::Range title_span; ///< the short title as written, without the year
    std::string title;      ///< "Local government Act"
    int year = 0;           ///< 0 when no year is written
    std::string section;    ///< "28", "100A"; empty when none is cited
    std::string subsection; ///< "(1)", "(2)(a)"; may be empty
};

/// The Act citations in a text, in order. A title is a run of capitalised words (with
/// "of", "and", "the" ... and bracketed words) ending in "Act"; a lower-case word between
/// capitalised ones ("Local government Act") is kept so that its spelling can be checked.
std::vector<ActCitation> find_act_citations(std::string_view text);

/// Lower case with "'s" and punctuation removed: the key two spellings of a title share.
std::string title_key(std::string_view title);

} // namespace clerk::check

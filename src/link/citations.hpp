// The citation grammar of the link stage: Acts of Parliament and provisions of the council's
// constitution, found once and kept as structured values on the references.
#pragma once

#include "text/text_runs.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace clerk {

/// A citation of an Act: "Section 28(1) of the Localism Act 2011", "S.100 Local government
/// Act 1972", "the Data Protection Act 1998", "Section 2 of the Act" (no title).
struct ActCitation {
    text::Range span;       ///< the whole citation, section included
    text::Range title_span; ///< the short title as written, without the year
    std::string title;      ///< "Local government Act"; empty for "the Act"
    int year = 0;           ///< 0 when no year is written
    std::string section;    ///< "28", "100A"; empty when none is cited
    std::string subsection; ///< "(1)", "(2)(a)"; may be empty
};

/// A citation of a provision of the council's constitution: "Part 3, Schedule 2",
/// "Part 4(b)", "Article 12 in Part 2", "Standing Order 46", "Council Procedure Rule 5".
struct ConstitutionCitation {
    text::Range span;           ///< the citation as written
    std::string part;           ///< normalised: "3", "4(b)"
    std::string schedule;       ///< "2", "12A"
    std::string article;        ///< "12"
    std::string standing_order; ///< "46" (also a Procedure Rule's number)
    /// The words make it the constitution's: a Schedule, a lettered Part, an Article in a
    /// Part, a Standing Order, or "Constitution" just after. A bare "Part 3" may be a
    /// statute's or an agenda's.
    bool certain = false;
};

/// The Act citations in a text, in order. A title is a run of capitalised words (with
/// "of", "and", "the" ... and bracketed words) ending in "Act"; a lower-case word between
/// capitalised ones ("Local government Act") is kept so that its spelling can be checked.
/// "Section 2 of the Act" is a citation with no title.
std::vector<ActCitation> find_act_citations(std::string_view text);

/// The constitution citations in a text, in order. "Part 1 of Schedule 12A to the Act" (a
/// statute's) is not one.
std::vector<ConstitutionCitation> find_constitution_citations(std::string_view text);

/// Lower case with "'s" and punctuation removed, words singular: the key two spellings of an
/// Act's title share ("Children's Act" and "Childrens Act").
std::string title_key(std::string_view title);

} // namespace clerk

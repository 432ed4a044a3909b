// The legislation checks: Act titles, years, repeals and sections cited for a duty.
#pragma once

#include "content/act_citations.hpp"
#include "model/diagnostic.hpp"
#include "refdata/reference_data.hpp"

#include <vector>

namespace clerk::content {

/// An Act citation and the run it was found in.
struct LocatedActCitation {
    std::size_t run = 0;
    ActCitation cite;
};

/// Every Act citation of the document's runs, in document order.
std::vector<LocatedActCitation> act_citations(const std::vector<TextRun>& runs);

/// cite/act-title: a title spelled differently from the register (or two ways in the
/// document), or not in the register but one word or a few letters from an Act that is.
std::vector<Diagnostic> check_act_titles(const Document& document, const std::vector<TextRun>& runs,
                                         const refdata::LegislationRegister* reg);
/// cite/act-year: an Act of the register cited with a year the register does not know.
std::vector<Diagnostic> check_act_years(const Document& document, const std::vector<TextRun>& runs,
                                        const refdata::LegislationRegister& reg);
/// cite/act-repealed: a repealed Act (or section) cited as if in force; names the successor.
std::vector<Diagnostic> check_act_repeals(const Document& document,
                                          const std::vector<TextRun>& runs,
                                          const refdata::LegislationRegister& reg);
/// cite/legislation-section: the same duty cited at different sections of an Act, judged by
/// the register's section subjects, or by the document's own other citations.
std::vector<Diagnostic> check_legislation_sections(const Document& document,
                                                   const std::vector<TextRun>& runs,
                                                   const refdata::LegislationRegister* reg);

/// The register Act a citation means: exact title and year, else the same title key
/// (spelling variants) and year; null when none.
const refdata::Act* resolve_act(const refdata::LegislationRegister& reg, const ActCitation& cite);

} // namespace clerk::content

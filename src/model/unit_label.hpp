// How a reader names a unit: in a finding's message, a link's words, a schedule of changes.
#pragma once

#include "model/document.hpp"

#include <string>

namespace clerk {

/// "5.7" for a numbered unit, "Appendix 1" for an appendix, the title of an unnumbered
/// section ("Quick Guide"), "the preamble".
std::string unit_label(const Unit& unit);

/// The same for a unit of `doc`; "the preamble" for kNoUnit (text before the first unit).
std::string unit_label(const Document& doc, UnitIndex unit);

} // namespace clerk

// How units are addressed on a page: `#clause-9.3.5` for numbered units, the ID itself for
// appendices and headings with an explicit ID (`#appendix-1`, `#quick-guide`).
#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace clerk::render {

/// The HTML id of every unit, unique within the page (a repeated number gets "-2", "-3").
std::vector<std::string> unit_anchors(const Document& doc);

/// How a unit is named in "Referred to in ...": "9.3.5", "Appendix 1", or its title.
std::string unit_label(const Unit& unit);

} // namespace clerk::render

// How units are addressed on a page: `#clause-9.3.5` for numbered units, the ID itself for
// appendices and headings with an explicit ID (`#appendix-1`, `#quick-guide`).
#pragma once

#include "model/document.hpp"
#include "model/unit_label.hpp"

#include <string>
#include <vector>

namespace clerk::render {

/// The HTML id of every unit, unique within the page (a repeated number gets "-2", "-3").
std::vector<std::string> unit_anchors(const Document& doc);

/// How a link names its unit: the model's label.
using ::clerk::unit_label;

} // namespace clerk::render

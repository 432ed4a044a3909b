// Numbering helpers shared by the num/ rules.
#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace clerk::check {

/// A numbered unit with its number split into components ("9.3.5" -> 9, 3, 5).
struct NumberedUnit {
    UnitIndex unit;
    std::vector<int> parts;
};

/// The numbered sections and clauses under one parent (or at the top level), in document
/// order; appendices and units with explicit IDs are left out.
std::vector<std::vector<NumberedUnit>> sibling_groups(const Document& doc);

/// "9.3" from {9, 3}.
std::string join_number(const std::vector<int>& parts);

} // namespace clerk::check

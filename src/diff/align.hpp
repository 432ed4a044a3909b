// Aligning the units of two versions by content, with document order as a guide: an
// inserted clause and the renumbering after it align as one insertion, not a cascade.
#pragma once

#include "model/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace clerk::diff {

/// Which unit of the other version each unit matches (kNoUnit when none).
struct Alignment {
    std::vector<UnitIndex> new_of_old;
    std::vector<UnitIndex> old_of_new;
};

/// Similarity of two texts from 0 to 1: the Dice coefficient of their word pairs (of their
/// words when either has fewer than three), case ignored.
double text_similarity(std::string_view a, std::string_view b);

/// Matches units of `before` and `after` (texts from unit_texts()). Identical texts match
/// first, in order; the rest are compared only with candidates that share word pairs (an
/// inverted index, so the cost grows with the document, not its square); what is left
/// between two matched neighbours is paired in order when it is the same kind of unit and
/// still alike.
Alignment align_units(const Document& before, const Document& after,
                      const std::vector<std::string>& before_texts,
                      const std::vector<std::string>& after_texts);

} // namespace clerk::diff

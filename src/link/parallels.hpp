// Parallel provisions: clauses or list items that state the same duty, found by shared word
// trigrams through an inverted index (no comparison of every pair).
#pragma once

#include "link/links.hpp"

#include <vector>

namespace clerk {

/// Every pair of provisions (clause paragraphs and list items) in different units whose
/// word trigrams mostly agree.
std::vector<Parallel> find_parallels(const Document& doc);

} // namespace clerk

// In-document suppression: `<!-- clerk-disable-next-line rule/id -->` silences the named
// rules (all rules when none is named) on the block that follows the comment.
#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <vector>

namespace clerk::check {

/// Removes suppressed findings; an unknown rule ID in a comment is added to `problems`.
void apply_suppressions(const Document& document, std::vector<Diagnostic>& findings,
                        std::vector<Diagnostic>& problems);

} // namespace clerk::check

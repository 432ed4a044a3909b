// In-document suppression: `<!-- clerk-disable-next-line rule/id -->` silences the named
// rules (all rules when none is named) on the block that follows the comment, in list items
// and quotes as at the top level.
#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <set>
#include <string>
#include <vector>

namespace clerk::check {

/// Removes suppressed findings. An unknown rule ID in a comment, and a comment that silences
/// nothing (of the rules that ran, `ran`), are added to `problems`.
void apply_suppressions(const Document& document, std::vector<Diagnostic>& findings,
                        std::vector<Diagnostic>& problems, const std::set<std::string>& ran);

} // namespace clerk::check

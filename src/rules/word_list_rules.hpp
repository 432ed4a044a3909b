// Rules written as data: a YAML file per rule (protocol-text/rules/<family>/<name>.yaml,
// compiled into the binary) over a few kinds of check written once in C++, as Vale does.
//
//   extends: substitution        # substitution: a phrase and what to write instead
//   severity: warning            #   existence: a phrase that should not be there at all
//   summary: one line
//   doc: What it does ... Why ... Example ...
//   message: "'{written}' ...: use '{suggestion}'"
//   swap: { wheelchair-bound: wheelchair user }      # substitution
//   tokens: [ ... ]                                   # existence
#pragma once

#include "rules/rule.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace clerk::check {

/// The rule a data file describes; `id` comes from its path ("lang/ableist"). Problems in
/// the file are appended with its name and line.
std::optional<Rule> word_list_rule(std::string id, std::string_view yaml, const std::string& file,
                                   std::vector<Diagnostic>& problems);

/// Every rule of the bundled data files, in ID order.
std::vector<Rule> bundled_word_list_rules();

} // namespace clerk::check

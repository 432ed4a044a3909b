// Small string-similarity helpers shared by the checks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clerk::text {

/// Levenshtein distance between two strings (bytes).
std::size_t edit_distance(std::string_view a, std::string_view b);
/// Levenshtein distance between two word lists.
std::size_t word_edit_distance(const std::vector<std::string>& a,
                               const std::vector<std::string>& b);
/// Splits on spaces.
std::vector<std::string> split_spaces(std::string_view text);
/// Lower case, singular (bodies -> body, officers -> officer), curly apostrophes made straight
/// and possessives dropped: the form in which two mentions of a name are compared.
std::string name_key(std::string_view text);

} // namespace clerk::text

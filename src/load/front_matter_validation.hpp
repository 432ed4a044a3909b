// Validating the front matter: misspelt keys, statuses and kinds outside their vocabularies,
// dates that are not dates, versions that are not version strings and appendix lists that
// are not lists of files.
#pragma once

#include "model/diagnostic.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clerk {

/// The front-matter keys Clerk knows. Other keys are kept as the council's own metadata
/// unless they look like a misspelling of one of these.
const std::vector<std::string_view>& known_front_matter_keys();

/// The keys of an entry of `history:`.
const std::vector<std::string_view>& known_history_keys();

/// True for a real calendar date written as YYYY-MM-DD ("2020-02-29" yes, "2021-02-29" and
/// "2020-13-45" no). `why` says what is wrong when it is not.
bool is_iso_date(std::string_view text, std::string& why);

/// True for a version string: numbers separated by dots, optionally after a "v" and before a
/// short label ("2.0", "3", "2024.1", "v2", "1.0-rc1").
bool is_version_string(std::string_view text);

/// The candidate closest to `word` when it is a likely misspelling of it (at most two edits,
/// fewer than half the letters; with `allow_suffix`, also the candidate and a short ending,
/// as "drafted" for "draft"); empty if none.
std::string_view closest_word(std::string_view word,
                              const std::vector<std::string_view>& candidates, bool allow_suffix);

/// Checks the YAML of a front-matter block (already known to parse as a mapping) and returns
/// one error per problem, each at its line in the file: a key one or two letters from a
/// known key ("did you mean 'status'?"), a status or kind outside its vocabulary, a `date`
/// (or a history entry's date) that is not a real YYYY-MM-DD date, a version that is not a
/// version string, `appendices` that is not a list of file names.
std::vector<Diagnostic> validate_front_matter(const std::string& yaml,
                                              std::uint32_t first_yaml_line,
                                              const std::string& path);

} // namespace clerk

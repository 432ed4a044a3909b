// Clause numbers written wrongly: "5..7", "5,7", "5.O", and "7.17" where 7.1.7 is meant.
// The reader keeps the number as written and gives the unit the number it stands for, so
// that one mistyped number is one finding (num/malformed), not a cascade of gaps.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clerk {

/// A paragraph or heading opening that is a clause number with a typing slip in it.
struct MalformedNumber {
    std::string written;    ///< as written: "5..7", "5,7", "5.O"
    std::string repaired;   ///< the slip undone where that is unambiguous ("5.7"); else empty
    std::string slip;       ///< what is wrong: "a doubled dot", "a comma for a dot", ...
    std::size_t length = 0; ///< bytes consumed, including the spaces after the number
};

/// Reads a number with a slip at the start of `text`: components of one or two digits
/// joined by a doubled dot, a comma, or a dot and a letter O or l standing for a digit,
/// followed by spaces and a capital letter, a quotation mark or a bracket. Sums ("2,500"),
/// times, dates and ordinary prose do not match.
std::optional<MalformedNumber> match_malformed_number(std::string_view text);

/// Whether `number` could come next after `previous` in a numbering: the next number at any
/// level of `previous` (after 7.1.6: 7.1.7, 7.2 or 8), or its first child (7.1.6.1).
bool continues_numbering(std::string_view previous, std::string_view number);

/// The number after `previous` with as many components as `like` has ("5.6" and "5.O"
/// give "5.7"); empty when `previous` is not a number or `like` is deeper than it.
std::string next_number_like(std::string_view previous, std::string_view like);

/// For a well-formed number that does not continue the numbering after `previous` but would
/// with a dot put back ("7.17" after "7.1.6" is 7.1.7), the number meant; else empty.
std::string run_together_number(std::string_view previous, std::string_view number);

} // namespace clerk

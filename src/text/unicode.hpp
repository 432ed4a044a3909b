// Unicode for the text toolkit, on utf8proc: case folding that keeps byte offsets, letter
// classes beyond ASCII (Welsh ŵ and ŷ), and UTF-16 columns for SARIF.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace clerk::text {

/// Lower case, code point by code point (Ŵ -> ŵ, É -> é); a character whose lower case
/// would change its length in bytes is kept, so offsets into the result are offsets into
/// `text`. Invalid UTF-8 bytes are kept as they are.
std::string fold_case(std::string_view text);

/// True when the code point starting at `text[at]` is an upper-case or title-case letter.
bool is_upper_at(std::string_view text, std::size_t at);

/// True when the code point starting at `text[at]` is a letter or a digit.
bool is_alnum_at(std::string_view text, std::size_t at);

/// The 1-based column, in UTF-16 code units (as SARIF counts), of the 1-based byte column
/// `byte_column` of `line`.
std::size_t utf16_column(std::string_view line, std::size_t byte_column);

} // namespace clerk::text

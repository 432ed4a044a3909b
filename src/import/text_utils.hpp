// Small text helpers shared by the import rules: trimming, UTF-8 aware character tests, words.
#pragma once

#include "model/ascii.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace clerk::import {

/// `text` without leading and trailing spaces, tabs and line-ending characters.
std::string_view trim_view(std::string_view text);
/// A trimmed copy.
std::string trim_copy(std::string_view text);
/// Number of UTF-8 code points (a line's printed width).
std::size_t display_length(std::string_view text);
/// The first code point of `text`, or 0 when empty.
char32_t first_char(std::string_view text);
/// The last code point of `text`, or 0 when empty.
char32_t last_char(std::string_view text);
/// True for ASCII and Latin-1 upper-case letters.
bool is_upper(char32_t c);
/// True for ASCII and Latin-1 lower-case letters.
bool is_lower(char32_t c);
/// True when the text opens with a lower-case letter.
bool starts_lower(std::string_view text);
/// True when the text opens with an upper-case letter.
bool starts_upper(std::string_view text);
/// True when the (trimmed) text ends a sentence or a lead-in: . : ; ? ! (also before a
/// closing bracket or quotation mark).
bool ends_sentence(std::string_view text);
/// True when the (trimmed) text ends in a letter or digit: a line cut mid-sentence.
bool ends_open(std::string_view text);
/// The words of `text`, split at spaces.
std::vector<std::string_view> split_words(std::string_view text);

} // namespace clerk::import

// Comparing a quotation with a canonical text (the Seven Principles of Public Life) word by
// word, ignoring case and punctuation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clerk::check {

/// One difference between a quotation and the canonical wording.
struct WordEdit {
    std::string canonical; ///< the canonical words (empty for an insertion)
    std::string written;   ///< the words written (empty for an omission)
    std::size_t written_begin =
        0; ///< byte offset of the first written word (or where it is missing)
};

/// The word-level differences between `written` and `canonical`, ignoring case and
/// punctuation; offsets refer to `written`.
std::vector<WordEdit> word_diff(std::string_view written, std::string_view canonical);

/// "'change' where the canonical text has 'challenge'; ..." for up to three edits.
std::string describe_edits(const std::vector<WordEdit>& edits);

/// Fraction of the canonical words that the written text keeps, in order.
double similarity(std::string_view written, std::string_view canonical);

/// The same words, ignoring case and punctuation.
bool same_words(std::string_view a, std::string_view b);

/// True when `word` (lower case) is one of the words of `text`.
bool contains_word(const std::string& text, const std::string& word);

} // namespace clerk::check

// The text the content checks read: every paragraph, heading, list item and table cell of
// a document as plain text with source positions, split into sentences and words.
#pragma once

#include "model/document.hpp"
#include "model/plain_text.hpp"
#include "text/unicode.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::text {

/// A byte range [begin, end) in a run's text.
struct Range {
    std::size_t begin = 0;
    std::size_t end = 0;

    bool contains(std::size_t offset) const { return offset >= begin && offset < end; }
};

/// One run of text: a paragraph, heading, unit title, list-item paragraph or table cell.
struct TextRun {
    UnitIndex unit = kNoUnit;
    PlainText text;
    bool in_quote = false;   ///< inside a block quote
    bool is_heading = false; ///< a unit title or an unnumbered heading
    bool in_table = false;   ///< a table cell
    std::vector<Range> sentences;
    std::vector<Range> quotations; ///< spans inside quotation marks, marks included
    std::string folded;            ///< the text case folded (fold_case), offsets as in `text`
};

/// Every run of text in document order (unit titles first, then the unit's blocks).
std::vector<TextRun> text_runs(const Document& document);

/// Splits text into sentences at '.', '?' or '!' followed by a space and a capital letter
/// (abbreviations such as "e.g.", "S.100" and "Mr." do not end a sentence), and at ';'
/// unless `at_semicolons` is false (a duty's limbs joined by semicolons stay one sentence).
std::vector<Range> split_sentences(std::string_view text, bool at_semicolons = true);

/// The spans of text inside quotation marks (“ ”, " ", ‘ ’ used as quotes, not apostrophes).
std::vector<Range> find_quotations(std::string_view text);

/// A word: letters, digits and the apostrophes and hyphens inside them.
struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view text;
};

/// True when a letter or digit (of any script: "ŵ", "é") starts at `text[at]`.
bool starts_word(std::string_view text, std::size_t at);

/// The words of a text in order: letters and digits, with the hyphens and apostrophes inside
/// them ("co-opted", "Councillor’s").
std::vector<Word> split_words(std::string_view text);

/// The words of each run's text, in the order of the runs; each word views its run's text.
std::vector<std::vector<Word>> split_run_words(const std::vector<TextRun>& runs);

/// Every token of a text, as a diff compares them: words (with the dots, hyphens, slashes and
/// apostrophes inside them, so that "5.7" and "co-opted" are one token), runs of spaces, and
/// single marks. The tokens joined give the text back.
std::vector<std::string> split_tokens(std::string_view text);

/// True when `offset` lies in one of the ranges.
bool in_any(const std::vector<Range>& ranges, std::size_t offset);

/// How far either side of an offset a sentence is read (longer ones are clipped).
inline constexpr std::size_t kSentenceRadius = 400;
/// How far a quotation may run before its opening mark is taken as unmatched.
inline constexpr std::size_t kQuotationLimit = 4000;

/// The sentence of a run containing `offset` (the whole text when none), clipped to
/// kSentenceRadius bytes either side of the offset.
Range sentence_at(const TextRun& run, std::size_t offset);

/// True for a word starting with an ASCII capital letter.
bool is_capitalised(std::string_view word);
/// True for a word of two or more letters, all capitals.
bool is_all_caps(std::string_view word);

/// True when `word` is one of `list` (word lists written inline in the rules).
bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list);

} // namespace clerk::text

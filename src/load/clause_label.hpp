// Clause labels: the letters, bracketed numbers and roman numerals that label the clauses
// of a numbered section or clause in many councils' documents ("(a)", "(1)", "(iv)", "a)",
// "A."). A labelled clause's ID is its parent's ID and the label: 1(a), 4.2(b)(ii).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clerk {

/// How a label counts.
enum class LabelStyle { LowerAlpha, UpperAlpha, Digits, LowerRoman, UpperRoman };

/// A label found at the start of a paragraph.
struct LabelMatch {
    std::string value;   ///< "a", "1", "iv", "A"
    std::string written; ///< as written: "(a)", "a)", "A."
    std::size_t length;  ///< bytes taken, including the spaces after the label
    bool alpha = false;  ///< the value reads as a letter ("i" reads as both)
    bool roman = false;  ///< the value reads as a roman numeral
    bool digits = false;
    bool upper = false;
};

/// The label opening `text`: "(a)", "(1)", "(iv)", "a)", "iv)", "A." or "a." followed by a
/// space or tab and more text. Letters run to two ("(aa)"), numbers to two digits.
std::optional<LabelMatch> match_clause_label(std::string_view text);

/// The value of a roman numeral ("iv" -> 4), 0 when it is not one.
int roman_value(std::string_view numeral);

/// True when `next` follows `previous` in the counting of `style` ("h" then "i" in letters,
/// "iv" then "v" in roman numerals, "9" then "10").
bool label_follows(std::string_view previous, std::string_view next, LabelStyle style);

} // namespace clerk

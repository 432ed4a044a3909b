// Recognising the numbers that open numbered units, as councils write them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clerk {

/// A unit number found at the start of a heading or paragraph.
struct NumberMatch {
    std::string id;      ///< normalised: "9.3.5", "1"
    std::string written; ///< as written: "9.3.5", "1."
    std::size_t length;  ///< bytes consumed, including the spaces after the number
};

/// A heading that opens with a number: "5. Principles", "9.3 Access to Information", or
/// with "Section" or "Part" and a number: "Section 1 – Purpose", "PART 2: Scope" (id "1",
/// written "Section 1"). Rejects dates ("28 July 2020"), times and years.
std::optional<NumberMatch> match_heading_number(std::string_view text);

/// A paragraph that opens a numbered clause: "5.7 To carry out ...". Needs at least two
/// levels (a single number opening a paragraph is a count, not a clause) and rejects
/// times ("10.30 am"), dates ("11.11.2020"), sums and numbers followed by lower case.
std::optional<NumberMatch> match_clause_number(std::string_view text);

/// An appendix heading: "Appendix 1 – The Nolan Principles", "Annex A: Forms".
struct AppendixMatch {
    std::string id;      ///< "appendix-1", "annex-a"
    std::string written; ///< "Appendix 1"
    std::string title;   ///< the rest after the separator, may be empty
};
std::optional<AppendixMatch> match_appendix(std::string_view text);

/// Splits a trailing explicit ID off a heading: "Quick Guide {#quick-guide}".
/// Returns the ID (empty if none) and shortens `text`.
std::string take_explicit_id(std::string& text);

/// True when every component of `prefix` opens `number` ("9.3" is a prefix of "9.3.5").
bool is_number_prefix(std::string_view prefix, std::string_view number);

} // namespace clerk

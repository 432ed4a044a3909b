// Recognising the lines that open numbered units in imported text, on top of the clause
// number recognisers the Markdown reader uses (load/clause_number.hpp).
#pragma once

#include "load/clause_number.hpp"

#include <optional>
#include <string_view>

namespace clerk::import {

/// An appendix heading ("Appendix 1", "Annex A: Forms"), only for lines short enough to be
/// a heading (at most 20 words).
std::optional<AppendixMatch> match_appendix_line(std::string_view text);

/// The number opening a heading line: a dotted single number ("5. Principles") or two or
/// more levels ("9.3 Access to Information"); "3 Councillors" is a count, not a heading.
std::optional<NumberMatch> match_heading_line(std::string_view text);

/// True when the text after a number reads as a title: one to fifteen words, opening with a
/// capital, not ending like a sentence or a lead-in.
bool reads_as_title(std::string_view text);

/// True when the whole line is a numbered heading: "6.2 The Role of Officers".
bool is_heading_line(std::string_view text);

/// True when a line opens a numbered unit: a clause number ("5.7 To ..."), a numbered
/// heading ("1. Introduction") or an appendix heading ("Appendix 1").
bool opens_numbered_unit(std::string_view text);

} // namespace clerk::import

// The numbering styles of councils' documents that the clause conventions of the Markdown
// form do not cover on their own: section numbers without a dot ("1 INTRODUCTION"), headings
// in capitals, clause labels ("(a)", "(1)", "(iv)", "a)", "A."), numbers separated from their
// text by tabs, and document titles of the form "SECTION 15 – TITLE" or "Part 5(d) – Title".
#pragma once

#include "load/clause_label.hpp"
#include "load/clause_number.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace clerk::import {

/// True when the letters of `text` are all capitals (at least three of them).
bool is_capitals(std::string_view text);

/// True when most of the longer words open with a capital ("The Roles of Members").
bool is_title_case(std::string_view text);

/// A top-level section number without a dot opening a title in capitals or title case:
/// "1 INTRODUCTION", "2 The Respective Roles of Members and Officers". Counts ("3
/// Councillors attended") and dates are not; the caller checks the number follows the
/// previous section's.
std::optional<NumberMatch> match_undotted_section(std::string_view text);

/// The label opening a clause line ("(a) the Leader;"); see load/clause_label.hpp.
std::optional<LabelMatch> match_label_line(std::string_view text);

/// A line in capitals standing as a heading: "ROLES OF MEMBERS", up to twelve words, not
/// ending like a sentence.
bool is_capitals_heading(std::string_view text);

/// Replaces the tabs (or run of spaces) between a leading number or label and its text by
/// one space: "1.1\tThe Protocol" -> "1.1 The Protocol". Returns false when the line does
/// not open with a number or label followed by a tab.
bool untab_number(std::string& text);

/// A document title that names its place in the constitution: "SECTION 15 – MEMBER/OFFICER
/// PROTOCOL" or "Part 5(d) – Protocol on ...": `place` gets "Section 15" or "Part 5(d)".
bool split_place_title(std::string_view text, std::string& place, std::string& title);

} // namespace clerk::import

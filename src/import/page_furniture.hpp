// Page furniture: what a PDF prints on every page or between pages, which is not part of the
// document's text. Dropped lines are marked, never deleted, so that line numbers stay right.
#pragma once

#include "import/import.hpp"
#include "import/text_lines.hpp"

#include <vector>

namespace clerk::import {

/// Marks as dropped, with a note each: "This page is intentionally left blank", lines that
/// are only a URL (the footer links and endnote targets of councils' PDFs), lines that are
/// only a page number ("12", "Page 3 of 18", "- 4 -"), and short lines repeated on three or
/// more pages that interrupt the running text (a running header such as "Appendix 1").
void drop_page_furniture(std::vector<TextLine>& lines, std::vector<ImportNote>& notes);

/// True for a line that is only a URL: "http://www.southend.gov.uk/resources/part2.pdf".
bool is_url_line(std::string_view text);
/// True for a line that is only a page number: "12", "Page 3", "3 of 18", "- 4 -".
bool is_page_number_line(std::string_view text);
/// True for what a web page prints around its text: "Skip to content", "Page updated ...".
bool is_web_furniture_line(std::string_view text);
/// True for "This page is intentionally left blank" and its variants.
bool is_blank_page_notice(std::string_view text);

} // namespace clerk::import

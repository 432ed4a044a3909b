// Text converted from PDF or Word by other tools often carries Markdown or HTML markup
// (`## **4. New Protocol**`, `<b>Page</b>`, `&amp;`). The import reads the words, not the
// markup: this takes the markup off a line and keeps what it said about headings.
#pragma once

#include "import/text_lines.hpp"

namespace clerk::import {

/// Takes Markdown heading marks (setting `heading_level`), bold marks, backslash escapes,
/// link syntax, the common HTML tags and entities off the line; a line that is only a
/// Markdown rule (`---`) becomes blank. Returns true when the line changed.
bool clean_markup(TextLine& line);

} // namespace clerk::import

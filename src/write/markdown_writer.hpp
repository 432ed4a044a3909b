// The canonical Markdown form of a document (`clerk export --to md`): front matter in a
// fixed key order, one line per paragraph, `-` bullets indented by two spaces, GFM tables.
// Reading the output gives the same model; writing it again gives the same bytes.
#pragma once

#include "model/document.hpp"

#include <string>

namespace clerk {

/// Inlines as Markdown, escaped so that they read back as the same inlines.
std::string write_markdown_inlines(const std::vector<Inline>& inlines);

/// The whole document in canonical Markdown.
std::string write_markdown(const Document& doc);

} // namespace clerk

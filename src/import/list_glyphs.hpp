// The bullet glyphs that councils' PDFs and Word files produce when their text is extracted:
// Symbol-font bullets in Unicode's private use area (U+F0B7 ""), "•", "·", "o" for
// second-level bullets, "-" and the like.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clerk::import {

/// A list glyph found at the start of a line.
struct ListGlyph {
    std::string glyph;  ///< the glyph that marks the item's level ("", "o", "-")
    std::size_t length; ///< bytes taken by the glyph(s) and the spaces after them
};

/// The bullet glyph opening `text`, followed by a space (or, for the private-use glyphs,
/// directly by the item's text). When a dash is followed by a second glyph ("- o text"),
/// the second one is the item's glyph.
std::optional<ListGlyph> match_list_glyph(std::string_view text);

} // namespace clerk::import

// The lines of an imported text file, each with its source line number and what the import
// rules decided about it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace clerk::import {

/// One source line.
struct TextLine {
    std::uint32_t number = 0; ///< 1-based line in the source
    std::string text;         ///< without the line ending, leading spaces and trailing spaces
    std::size_t indent = 0;   ///< leading spaces taken off (a form feed counts as none)
    int heading_level = 0;    ///< 1-6 when the line was marked as a heading (`## Title`)
    bool dropped = false;     ///< page furniture, left out of the document
    bool emphasised = false;  ///< set larger or bolder than the body text (PDF)
    int page = 0;             ///< the page it is printed on, when known (PDF); 0 otherwise

    bool blank() const { return text.empty(); }
};

/// Splits text into lines: CR LF and CR end lines too; form feeds (page breaks) are dropped.
std::vector<TextLine> split_lines(const std::string& text);

/// The width of a full line of body text: the length most wrapped lines reach (the 80th
/// percentile of the lengths of lines without tabs), at least 40.
std::size_t typical_width(const std::vector<TextLine>& lines);

} // namespace clerk::import

// Source positions and the text a document was read from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clerk {

/// A position in a source file: 1-based line, 1-based byte column; line 0 means unknown.
struct SourcePos {
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    bool known() const { return line != 0; }
    friend bool operator==(const SourcePos&, const SourcePos&) = default;
    friend auto operator<=>(const SourcePos&, const SourcePos&) = default;
};

/// A range of source text; `end` is the position of the last byte (inclusive).
struct SourceSpan {
    SourcePos begin;
    SourcePos end;

    friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

/// The bytes of a source file with an index of line starts, for diagnostics that quote a line.
class SourceText {
public:
    SourceText() = default;
    SourceText(std::string path, std::string text);

    /// The path the text was read from, as given by the user.
    const std::string& path() const { return path_; }
    /// The whole text.
    const std::string& text() const { return text_; }
    /// Number of lines (a final line without a newline counts).
    std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }
    /// The text of a 1-based line without its line ending; empty when out of range.
    std::string_view line(std::uint32_t number) const;
    /// The position of a byte offset into the text.
    SourcePos position_of(std::size_t offset) const;
    /// The byte offset of a position (clamped to the text).
    std::size_t offset_of(SourcePos pos) const;

private:
    std::string path_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
};

} // namespace clerk

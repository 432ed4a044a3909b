#include "load/encoding.hpp"

#include <fmt/format.h>

namespace clerk {

namespace {

// Length of the valid UTF-8 sequence at `i`, or 0 when it is not valid.
std::size_t utf8_sequence_length(const std::string& s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned min = 0;
    if (c >= 0xC2 && c <= 0xDF) len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, min = 0x10000;
    else return 0;
    if (i + len > s.size()) return 0;
    unsigned code = c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return len;
}

} // namespace

std::optional<Diagnostic> check_utf8(const std::string& path, std::string& text) {
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                             (text[0] == '\xFE' && text[1] == '\xFF'))) {
        return Diagnostic{Severity::Error, "load/encoding",
                          "the file is UTF-16, not UTF-8",
                          path, {{1, 1}, {1, 1}},
                          "save it as UTF-8 (in Word: Save As > Plain Text > Unicode (UTF-8)), "
                          "or convert it: iconv -f UTF-16 -t UTF-8 IN > OUT",
                          {}};
    }
    std::uint32_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            line_start = ++i;
            continue;
        }
        if (c == 0) {
            return Diagnostic{Severity::Error, "load/encoding",
                              fmt::format("a NUL byte at byte {}: this is a binary file, not text",
                                          i + 1),
                              path,
                              {{line, static_cast<std::uint32_t>(i - line_start + 1)}, {}},
                              "give Clerk a UTF-8 Markdown or XML file; for Word or PDF text use "
                              "`clerk import`",
                              {}};
        }
        std::size_t len = utf8_sequence_length(text, i);
        if (len == 0) {
            auto column = static_cast<std::uint32_t>(i - line_start + 1);
            bool cp1252 = c >= 0x80 && c <= 0x9F; // curly quotes, dashes, ellipsis in Windows-1252
            std::string message = fmt::format(
                "invalid UTF-8: byte 0x{:02X} at line {}, column {}{}", c, line, column,
                cp1252 ? " (this looks like Windows-1252 text, as Word saves it)" : "");
            return Diagnostic{Severity::Error, "load/encoding", message, path,
                              {{line, column}, {line, column}},
                              "save the file as UTF-8, or convert it: iconv -f WINDOWS-1252 -t "
                              "UTF-8 IN > OUT",
                              {}};
        }
        i += len;
    }
    return std::nullopt;
}

} // namespace clerk

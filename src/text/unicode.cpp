#include "text/unicode.hpp"

#include <utf8proc.h>

namespace clerk::text {

namespace {

// The code point at `at` and its length in bytes; -1 and 1 for an invalid byte.
utf8proc_int32_t decode(std::string_view text, std::size_t at, std::size_t& length) {
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                              static_cast<utf8proc_ssize_t>(text.size() - at), &cp);
    length = n > 0 ? static_cast<std::size_t>(n) : 1;
    return n > 0 ? cp : -1;
}

} // namespace

std::string fold_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            // A run of ASCII at once: most text is ASCII.
            std::size_t end = i + 1;
            while (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80)
                ++end;
            std::size_t at = out.size();
            out.append(text.substr(i, end - i));
            for (std::size_t k = at; k < out.size(); ++k)
                if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] + 32);
            i = end;
            continue;
        }
        std::size_t length = 1;
        utf8proc_int32_t cp = decode(text, i, length);
        utf8proc_uint8_t buffer[4];
        if (cp >= 0) {
            utf8proc_int32_t lower = utf8proc_tolower(cp);
            auto n = utf8proc_encode_char(lower, buffer);
            if (n > 0 && static_cast<std::size_t>(n) == length) {
                out.append(reinterpret_cast<const char*>(buffer), length);
                i += length;
                continue;
            }
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

bool is_upper_at(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    std::size_t length = 1;
    utf8proc_int32_t cp = decode(text, at, length);
    if (cp < 0) return false;
    auto category = utf8proc_category(cp);
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool is_alnum_at(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    std::size_t length = 1;
    utf8proc_int32_t cp = decode(text, at, length);
    if (cp < 0) return false;
    auto category = utf8proc_category(cp);
    return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
           category == UTF8PROC_CATEGORY_ND;
}

std::size_t utf16_column(std::string_view line, std::size_t byte_column) {
    std::size_t units = 0;
    std::size_t limit = byte_column > 0 ? byte_column - 1 : 0;
    for (std::size_t i = 0; i < limit && i < line.size();) {
        std::size_t length = 1;
        utf8proc_int32_t cp = decode(line, i, length);
        units += cp > 0xFFFF ? 2 : 1;
        i += length;
    }
    if (limit > line.size()) units += limit - line.size();
    return units + 1;
}

} // namespace clerk::text

#include "import/text_utils.hpp"

#include <cctype>

namespace clerk::import {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

// Decodes the code point starting at `i`; returns its byte length in `len`.
char32_t decode_at(std::string_view text, std::size_t i, std::size_t& len) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
        len = 1;
        return b;
    }
    std::size_t n = (b >= 0xF0) ? 4 : (b >= 0xE0) ? 3 : (b >= 0xC0) ? 2 : 1;
    if (i + n > text.size()) n = 1;
    char32_t c = n == 4 ? (b & 0x07) : n == 3 ? (b & 0x0F) : n == 2 ? (b & 0x1F) : b;
    for (std::size_t k = 1; k < n; ++k)
        c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    len = n;
    return c;
}

} // namespace

std::string_view trim_view(std::string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && is_space(text[b]))
        ++b;
    while (e > b && is_space(text[e - 1]))
        --e;
    return text.substr(b, e - b);
}

std::string trim_copy(std::string_view text) {
    return std::string(trim_view(text));
}

std::size_t display_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

char32_t first_char(std::string_view text) {
    if (text.empty()) return 0;
    std::size_t len = 0;
    return decode_at(text, 0, len);
}

char32_t last_char(std::string_view text) {
    if (text.empty()) return 0;
    std::size_t i = text.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
        --i;
    std::size_t len = 0;
    return decode_at(text, i, len);
}

bool is_upper(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

bool is_lower(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

bool starts_lower(std::string_view text) {
    return is_lower(first_char(trim_view(text)));
}

bool starts_upper(std::string_view text) {
    return is_upper(first_char(trim_view(text)));
}

bool ends_sentence(std::string_view text) {
    std::string_view t = trim_view(text);
    // Look through closing brackets and quotation marks: "... (see 9.5).)" or "... know”."
    while (!t.empty()) {
        char32_t c = last_char(t);
        if (c == ')' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019) {
            std::size_t i = t.size() - 1;
            while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80)
                --i;
            t = t.substr(0, i);
            continue;
        }
        return c == '.' || c == ':' || c == ';' || c == '?' || c == '!';
    }
    return false;
}

bool ends_open(std::string_view text) {
    char32_t c = last_char(trim_view(text));
    return (c < 0x80 && std::isalnum(static_cast<int>(c))) || is_upper(c) || is_lower(c);
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i]))
            ++i;
        std::size_t start = i;
        while (i < text.size() && !is_space(text[i]))
            ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

} // namespace clerk::import

#include "import/markup_cleanup.hpp"

#include "import/text_utils.hpp"

#include <array>
#include <cctype>
#include <string_view>

namespace clerk::import {

namespace {

bool is_rule(std::string_view text) {
    if (text.size() < 3) return false;
    char c = text.front();
    if (c != '-' && c != '*' && c != '_') return false;
    for (char d : text)
        if (d != c && d != ' ') return false;
    return true;
}

// Known HTML tags and what each leaves behind.
std::string_view tag_replacement(std::string_view name, bool closing, bool& known) {
    static constexpr std::array<std::string_view, 16> dropped{
        "b",    "i",  "u",  "p",   "em",   "strong", "sup",   "sub",
        "span", "ul", "ol", "div", "font", "small",  "table", "a"};
    known = true;
    if (name == "br") return " ";
    if (name == "li") return closing ? " " : "• ";
    for (std::string_view d : dropped)
        if (name == d) return "";
    known = false;
    return "";
}

// Replaces `<tag ...>` and `</tag>` of known tags.
std::string strip_tags(const std::string& text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '<') {
            std::size_t j = i + 1;
            bool closing = j < text.size() && text[j] == '/';
            if (closing) ++j;
            std::size_t name_start = j;
            while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j])))
                ++j;
            std::string name =
                ascii_lower(std::string_view(text).substr(name_start, j - name_start));
            std::size_t end = text.find('>', j);
            bool known = false;
            std::string_view replacement = tag_replacement(name, closing, known);
            if (known && !name.empty() && end != std::string::npos &&
                (j == end || text[j] == ' ' || text[j] == '/')) {
                out += replacement;
                i = end + 1;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::string decode_entities(const std::string& text) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> entities{{
        {"&amp;", "&"},
        {"&lt;", "<"},
        {"&gt;", ">"},
        {"&quot;", "\""},
        {"&#39;", "'"},
        {"&apos;", "'"},
        {"&nbsp;", " "},
        {"&#160;", " "},
    }};
    if (text.find('&') == std::string::npos) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool matched = false;
        if (text[i] == '&') {
            for (const auto& [entity, value] : entities) {
                if (text.compare(i, entity.size(), entity) == 0) {
                    out += value;
                    i += entity.size();
                    matched = true;
                    break;
                }
            }
        }
        if (!matched) out += text[i++];
    }
    return out;
}

// `**`, `__`, backslash escapes and `[text](url)` links.
std::string strip_markdown_inline(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if ((c == '*' || c == '_') && i + 1 < text.size() && text[i + 1] == c) {
            ++i;
            continue;
        }
        if (c == '\\' && i + 1 < text.size() &&
            std::ispunct(static_cast<unsigned char>(text[i + 1]))) {
            out += text[++i];
            continue;
        }
        if (c == '[') {
            std::size_t close = text.find("](", i);
            std::size_t end = close == std::string::npos ? close : text.find(')', close);
            if (end != std::string::npos && text.find('[', i + 1) > close) {
                out += text.substr(i + 1, close - i - 1);
                i = end;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

bool clean_markup(TextLine& line) {
    std::string text = line.text;
    if (is_rule(text)) {
        line.text.clear();
        return true;
    }
    std::size_t hashes = 0;
    while (hashes < text.size() && text[hashes] == '#')
        ++hashes;
    if (hashes >= 1 && hashes <= 6 && (hashes == text.size() || text[hashes] == ' ')) {
        line.heading_level = static_cast<int>(hashes);
        text = text.substr(hashes);
    }
    if (text.find_first_of("*_\\[<&") != std::string::npos)
        text = decode_entities(strip_tags(strip_markdown_inline(text)));
    // Spaces only: a leading or trailing tab marks an empty table cell.
    std::size_t b = text.find_first_not_of(' ');
    std::size_t e = text.find_last_not_of(' ');
    text = b == std::string::npos ? std::string() : text.substr(b, e - b + 1);
    bool changed = text != line.text;
    line.text = std::move(text);
    return changed;
}

} // namespace clerk::import

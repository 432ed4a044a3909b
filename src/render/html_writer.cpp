#include "render/html_writer.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace clerk::render {

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool is_safe_url(std::string_view url) {
    // Browsers ignore ASCII whitespace and control characters inside a scheme
    // ("java\tscript:"), so they are removed before the scheme is read.
    std::string cleaned;
    for (char c : url) {
        auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f) continue;
        cleaned += static_cast<char>(std::tolower(u));
    }
    if (cleaned.empty()) return false;
    std::size_t colon = cleaned.find(':');
    std::size_t path = cleaned.find_first_of("/?#");
    if (colon == std::string::npos || (path != std::string::npos && path < colon))
        return true; // no scheme: a fragment or a relative path
    static constexpr std::array<std::string_view, 4> allowed{"http", "https", "mailto", "tel"};
    std::string_view scheme(cleaned.data(), colon);
    return std::find(allowed.begin(), allowed.end(), scheme) != allowed.end();
}

void HtmlWriter::attribute(Attribute attribute) {
    auto [name, value] = attribute;
    if ((name == "href" || name == "src") && !is_safe_url(value)) return;
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += escape_html(value);
    out_ += '"';
}

HtmlWriter& HtmlWriter::open(std::string_view tag, std::initializer_list<Attribute> attributes) {
    out_ += '<';
    out_ += tag;
    for (const Attribute& a : attributes)
        attribute(a);
    out_ += '>';
    return *this;
}

HtmlWriter& HtmlWriter::close(std::string_view tag) {
    out_ += "</";
    out_ += tag;
    out_ += '>';
    return *this;
}

HtmlWriter& HtmlWriter::empty(std::string_view tag, std::initializer_list<Attribute> attributes) {
    return open(tag, attributes);
}

HtmlWriter& HtmlWriter::text(std::string_view text) {
    out_ += escape_html(text);
    return *this;
}

HtmlWriter& HtmlWriter::element(std::string_view tag, std::initializer_list<Attribute> attributes,
                                std::string_view text) {
    return open(tag, attributes).text(text).close(tag);
}

HtmlWriter& HtmlWriter::append(const HtmlWriter& other) {
    out_ += other.out_;
    return *this;
}

HtmlWriter& HtmlWriter::newline() {
    out_ += '\n';
    return *this;
}

} // namespace clerk::render

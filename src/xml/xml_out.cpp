#include "xml/xml_out.hpp"

namespace clerk::xml {

std::string escape_xml(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
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
            if (attribute)
                out += "&quot;";
            else
                out += c;
            break;
        // Parsers normalise line ends and attribute whitespace; references keep them.
        case '\r':
            out += "&#13;";
            break;
        case '\n':
            if (attribute)
                out += "&#10;";
            else
                out += c;
            break;
        case '\t':
            if (attribute)
                out += "&#9;";
            else
                out += c;
            break;
        default:
            // XML 1.0 has no way to write the other C0 controls; they become U+FFFD.
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\xEF\xBF\xBD";
            else
                out += c;
        }
    }
    return out;
}

bool XmlOut::in_mixed() const {
    return !stack_.empty() && stack_.back().mixed;
}

void XmlOut::newline_indent() {
    if (in_mixed()) return;
    if (!stack_.empty()) stack_.back().has_children = true;
    if (out_.back() != '\n') out_ += '\n';
    out_.append(stack_.size() * 2, ' ');
}

void XmlOut::start_tag(std::string_view name, const Attributes& attributes, bool self_closing) {
    newline_indent();
    out_ += '<';
    out_ += name;
    for (const auto& [key, value] : attributes) {
        out_ += ' ';
        out_ += key;
        out_ += "=\"";
        out_ += escape_xml(value, true);
        out_ += '"';
    }
    out_ += self_closing ? "/>" : ">";
}

void XmlOut::open(std::string_view name, const Attributes& attributes, bool mixed) {
    start_tag(name, attributes, false);
    stack_.push_back({std::string(name), mixed || in_mixed(), false});
}

void XmlOut::close() {
    Open top = std::move(stack_.back());
    stack_.pop_back();
    if (!top.mixed && top.has_children) {
        out_ += '\n';
        out_.append(stack_.size() * 2, ' ');
    }
    out_ += "</" + top.name + ">";
    if (stack_.empty()) out_ += '\n';
}

void XmlOut::empty(std::string_view name, const Attributes& attributes) {
    start_tag(name, attributes, true);
    if (stack_.empty()) out_ += '\n';
}

void XmlOut::leaf(std::string_view name, std::string_view text, const Attributes& attributes) {
    open(name, attributes, true);
    this->text(text);
    close();
}

void XmlOut::text(std::string_view text) {
    out_ += escape_xml(text, false);
}

} // namespace clerk::xml

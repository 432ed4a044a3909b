#include "xml/safe_xml.hpp"

#include "model/limits.hpp"

#include <cctype>
#include <cstring>
#include <string>
#include <utility>

namespace clerk::xml {

namespace {

// Bytes of the UTF-8 encoding of a code point.
std::size_t utf8_length(unsigned long cp) {
    if (cp < 0x80) return 1;
    if (cp < 0x800) return 2;
    if (cp < 0x10000) return 3;
    return 4;
}

// The number of bytes a reference `&...;` decodes to.
std::size_t decoded_length(std::string_view reference) {
    if (reference.size() > 3 && reference[1] == '#') {
        bool hex = reference[2] == 'x' || reference[2] == 'X';
        std::string digits(reference.substr(hex ? 3 : 2, reference.size() - (hex ? 4 : 3)));
        return utf8_length(std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10));
    }
    return 1; // &amp; &lt; &gt; &quot; &apos;
}

// The first entity reference that XML does not predefine, outside comments, CDATA
// sections and processing instructions; npos when there is none. (Without a DTD such a
// reference is not well-formed; pugixml would keep it as text.)
std::size_t undefined_entity(const std::string& text, std::string& name) {
    auto skip_to = [&](std::size_t from, std::string_view end) {
        std::size_t p = text.find(end, from);
        return p == std::string::npos ? text.size() : p + end.size();
    };
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 4, "<!--") == 0)
            i = skip_to(i + 4, "-->");
        else if (text.compare(i, 9, "<![CDATA[") == 0)
            i = skip_to(i + 9, "]]>");
        else if (text.compare(i, 2, "<?") == 0)
            i = skip_to(i + 2, "?>");
        else if (text[i] == '&' && i + 1 < text.size() && text[i + 1] != '#') {
            std::size_t semi = text.find(';', i);
            std::size_t end = semi == std::string::npos ? text.size() : semi;
            name = text.substr(i + 1, end - i - 1);
            if (name != "amp" && name != "lt" && name != "gt" && name != "quot" && name != "apos")
                return i;
            i = end;
        } else {
            ++i;
        }
    }
    return std::string::npos;
}

// The deepest element nesting in `doc` and the first node that reached it, found without
// recursion; counting stops past `limit`. Reading and validating recurse over elements, so
// they only run on documents this has bounded.
std::pair<std::size_t, pugi::xml_node> nesting_depth(const pugi::xml_document& doc,
                                                     std::size_t limit) {
    std::size_t depth = 0, deepest = 0;
    pugi::xml_node where;
    pugi::xml_node root = doc;
    for (pugi::xml_node node = root; node;) {
        if (pugi::xml_node child = node.first_child()) {
            node = child;
            if (++depth > deepest) {
                deepest = depth;
                where = node;
                if (deepest > limit) break;
            }
            continue;
        }
        while (node != root && !node.next_sibling()) {
            node = node.parent();
            --depth;
        }
        node = node == root ? pugi::xml_node() : node.next_sibling();
    }
    return {deepest, where};
}

} // namespace

Diagnostic xml_error(const SourceText& source, SourcePos pos, std::string code, std::string message,
                     std::string suggestion) {
    return error_at(source.path(), pos, std::move(code), std::move(message), std::move(suggestion));
}

std::optional<Diagnostic> parse_xml_safely(const SourceText& source, pugi::xml_document& doc) {
    // Text that does not open with a tag is not XML at all (often Markdown named .xml);
    // saying so at its first character beats a parser error at the end of the file.
    std::string_view text = source.text();
    std::size_t first = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    while (first < text.size() && std::isspace(static_cast<unsigned char>(text[first])))
        ++first;
    if (first < text.size() && text[first] != '<')
        return xml_error(source, source.position_of(first), "load/xml",
                         "this is not XML: an XML document starts with '<'",
                         "if the file is Markdown, name it .md; otherwise export it again as XML");
    // parse_doctype makes a DOCTYPE visible (pugixml never expands entities or loads DTDs).
    unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
    pugi::xml_parse_result result =
        doc.load_buffer(source.text().data(), source.text().size(), options, pugi::encoding_utf8);
    if (!result) {
        SourcePos pos = source.position_of(
            static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, result.offset)));
        return xml_error(source, pos, "load/xml",
                         std::string("malformed XML: ") + result.description(),
                         "fix the XML at this point; `xmllint --noout FILE` shows the same error");
    }
    for (pugi::xml_node node : doc.children()) {
        if (node.type() != pugi::node_doctype) continue;
        return xml_error(source, node_position(source, node), "load/xml-doctype",
                         "a DOCTYPE declaration is not allowed: Clerk reads XML without DTDs or "
                         "entity definitions, so that a document cannot expand into a huge one or "
                         "read other files",
                         "remove the <!DOCTYPE ...> declaration and write entities out as text or "
                         "character references (&#8217;)");
    }
    if (auto [depth, where] = nesting_depth(doc, limits::kNestingDepth);
        depth > limits::kNestingDepth)
        return xml_error(source, node_position(source, where), "load/xml-depth",
                         "elements nested deeper than " + std::to_string(limits::kNestingDepth) +
                             " levels (the limit)",
                         "flatten the structure: Clerk's Akoma Ntoso nests a dozen levels at most");
    std::string name;
    if (std::size_t at = undefined_entity(source.text(), name); at != std::string::npos)
        return xml_error(source, source.position_of(at), "load/xml",
                         "undefined entity '&" + name.substr(0, 40) +
                             ";': XML without a DTD knows only &amp; &lt; &gt; &quot; &apos; and "
                             "character references",
                         "write the character itself, or a character reference such as &#8217;");
    return std::nullopt;
}

SourcePos node_position(const SourceText& source, pugi::xml_node node) {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return {};
    // Elements report the offset of their name, a DOCTYPE that of its contents; point at
    // the '<' that opens them.
    if (node.type() == pugi::node_element && offset > 0) --offset;
    if (node.type() == pugi::node_doctype) {
        std::size_t open = source.text().rfind("<!", static_cast<std::size_t>(offset));
        if (open != std::string::npos) offset = static_cast<std::ptrdiff_t>(open);
    }
    return source.position_of(static_cast<std::size_t>(offset));
}

SourcePos text_position(const SourceText& source, pugi::xml_node text_node, std::size_t index) {
    std::ptrdiff_t start = text_node.offset_debug();
    if (start < 0) return {};
    const std::string& raw = source.text();
    std::size_t j = static_cast<std::size_t>(start);
    bool cdata = text_node.type() == pugi::node_cdata;
    for (std::size_t i = 0; i < index && j < raw.size();) {
        if (!cdata && raw[j] == '&') {
            std::size_t semi = raw.find(';', j);
            if (semi == std::string::npos) break;
            i += decoded_length(std::string_view(raw).substr(j, semi - j + 1));
            j = semi + 1;
        } else if (raw[j] == '\r' && j + 1 < raw.size() && raw[j + 1] == '\n') {
            i += 1;
            j += 2;
        } else {
            ++i;
            ++j;
        }
    }
    return source.position_of(j);
}

} // namespace clerk::xml

// A small XML serialiser with deterministic layout: block elements are indented one per
// line, mixed content (paragraphs, headings) is written exactly, with no added whitespace.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clerk::xml {

/// Attributes in the order they are written.
using Attributes = std::vector<std::pair<std::string, std::string>>;

/// Writes XML text element by element.
class XmlOut {
  public:
    /// Opens an element; `mixed` keeps everything inside it on one run of text.
    void open(std::string_view name, const Attributes& attributes = {}, bool mixed = false);
    /// Closes the innermost open element.
    void close();
    /// An element with no content.
    void empty(std::string_view name, const Attributes& attributes = {});
    /// An element holding only text.
    void leaf(std::string_view name, std::string_view text, const Attributes& attributes = {});
    /// Character data (escaped); only inside a mixed element.
    void text(std::string_view text);
    /// The document written so far.
    const std::string& str() const { return out_; }

  private:
    void start_tag(std::string_view name, const Attributes& attributes, bool self_closing);
    void newline_indent();
    bool in_mixed() const;

    std::string out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    struct Open {
        std::string name;
        bool mixed;
        bool has_children;
    };
    std::vector<Open> stack_;
};

/// Escapes text for element content or attribute values.
std::string escape_xml(std::string_view text, bool attribute);

} // namespace clerk::xml

// The one place where HTML is written: escaping, safe URLs, and a small element builder.
// Every byte of document text that reaches a page goes through escape_html().
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace clerk::render {

/// Escapes text for element content and quoted attribute values (& < > " '); the result is
/// also well-formed XML (the pack's XMP metadata uses it).
std::string escape_html(std::string_view text);

/// True when `url` may be emitted as a link target: a fragment, a relative path, or an
/// http, https, mailto or tel URL. Rejects javascript:, data:, vbscript: and the rest,
/// however they are spelled (case, embedded tabs, newlines or control characters).
bool is_safe_url(std::string_view url);

/// An attribute: name (a literal from the code) and value (escaped when written).
using Attribute = std::pair<std::string_view, std::string_view>;

/// Builds an HTML fragment element by element. Tag and attribute names come from the code;
/// text and attribute values are escaped here; `href` and `src` values that are not
/// is_safe_url() are dropped.
class HtmlWriter {
  public:
    /// Opens an element: `<tag attr="value">`.
    HtmlWriter& open(std::string_view tag, std::initializer_list<Attribute> attributes = {});
    /// Closes an element: `</tag>`.
    HtmlWriter& close(std::string_view tag);
    /// A void element (`<br>`, `<img>`).
    HtmlWriter& empty(std::string_view tag, std::initializer_list<Attribute> attributes = {});
    /// Escaped text.
    HtmlWriter& text(std::string_view text);
    /// open + text + close.
    HtmlWriter& element(std::string_view tag, std::initializer_list<Attribute> attributes,
                        std::string_view text);
    /// Appends a fragment built by another HtmlWriter.
    HtmlWriter& append(const HtmlWriter& other);
    /// A line break in the markup (not in the page).
    HtmlWriter& newline();

    /// The HTML written so far.
    const std::string& str() const { return out_; }
    /// True when nothing has been written.
    bool empty() const { return out_.empty(); }

  private:
    void attribute(Attribute attribute);
    std::string out_;
};

} // namespace clerk::render

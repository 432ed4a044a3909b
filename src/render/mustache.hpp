// The template engine: mustache (kainjow's, from Debian), with escape_html() as its escaper
// so that {{name}} is escaped in the same one place as the rest of the page; {{{name}}} is
// used only for fragments the HtmlWriter built and for the stylesheets.
#pragma once

#include <initializer_list>
#include <kainjow/mustache.hpp>
#include <string>
#include <utility>

namespace clerk::render {

/// The values a template is rendered with.
using TemplateData = kainjow::mustache::data;

/// True when `text` is a well-formed template.
bool mustache_is_valid(const std::string& text);
/// Why `text` is not a well-formed template ("" when it is).
std::string mustache_error(const std::string& text);
/// Renders a template with `data`; {{name}} values are escaped with escape_html().
std::string render_mustache(const std::string& text, const TemplateData& data);

/// A wording with its {{name}} values filled in, as plain text (escaped where it is placed).
std::string fill_wording(const std::string& wording,
                         std::initializer_list<std::pair<const char*, std::string>> values);

} // namespace clerk::render

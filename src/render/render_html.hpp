// HTML rendering: one self-contained, accessible page per document (styles inlined, no
// network requests, no scripts), laid out by the templates.
#pragma once

#include "link/links.hpp"
#include "model/document.hpp"
#include "render/templates.hpp"

#include <string>
#include <string_view>

namespace clerk::render {

/// What a page needs to know beyond its own document.
struct RenderContext {
    std::string source_name;            ///< the source file's name, shown in the footer
    const Document* protocol = nullptr; ///< action plan: the protocol its outcomes cite
    std::string protocol_page;          ///< action plan: the protocol page's file name
};

/// The HTML fragments the page template places.
struct PageParts {
    std::string contents; ///< the items of the contents list (`<li>` ...)
    std::string body;     ///< the main content
};

/// True when the document is an action plan (front matter `kind: action-plan`).
bool is_action_plan(const Document& doc);

/// The page's file name: the source's stem, version and status,
/// e.g. "protocol-v2.0-draft.html".
std::string html_file_name(const Document& doc, std::string_view stem);

/// "11 November 2020" for "2020-11-11"; anything else as written.
std::string format_date(std::string_view iso);

/// The page's title: the front matter's, else an unnumbered top heading that opens the
/// document, else the wording's "untitled".
std::string page_title(const Document& doc, const Templates& templates);

/// The page for a document and its links.
std::string render_html(const Document& doc, const Links& links, const Templates& templates,
                        const RenderContext& context = {});

/// A page of another kind (the redline) in the same page template: `doc`'s metadata fills the
/// masthead and the banner, `parts` and `title` are the page's own, and `page_class` names it
/// for the stylesheet.
std::string render_page(const Document& doc, const Templates& templates, const PageParts& parts,
                        const std::string& title, const std::string& page_class);

} // namespace clerk::render

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

/// True when the document is an action plan (front matter `kind: action-plan`).
bool is_action_plan(const Document& doc);

/// The page's file name: the source's stem, version and status,
/// e.g. "protocol-v2.0-draft.html".
std::string html_file_name(const Document& doc, std::string_view stem);

/// "11 November 2020" for "2020-11-11"; anything else as written.
std::string format_date(std::string_view iso);

/// The page for a document and its links.
std::string render_html(const Document& doc, const Links& links, const Templates& templates,
                        const RenderContext& context = {});

} // namespace clerk::render

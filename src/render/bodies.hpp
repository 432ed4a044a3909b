// The document-specific parts of a page: the contents list and the main content, for a
// protocol (sections and clauses) and for an action plan (the committee's table).
#pragma once

#include "link/links.hpp"
#include "render/content_html.hpp"
#include "render/render_html.hpp"
#include "render/templates.hpp"

#include <string>

namespace clerk::render {

/// A protocol (or any clause-structured document): every unit in order, addressable.
PageParts protocol_parts(const Document& doc, const Links& links, const Templates& templates);

/// An action plan: one table of families, leads, outcomes, recommendations and the protocol
/// clauses they cite (resolved in `context.protocol` when there is one).
PageParts action_plan_parts(const Document& doc, const Links& links, const Templates& templates,
                            const RenderContext& context);

} // namespace clerk::render

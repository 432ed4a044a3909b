// The flows of the kinds of document: a protocol (sections and clauses, numbers in a hanging
// column) and an action plan (the committee's table).
#pragma once

#include "pdf/builder.hpp"

namespace clerk::pdf {

/// What the document builders are handed.
struct FlowInput {
    const Document& doc;
    const Links& links;
    const PdfContext& context;
    const std::map<std::string, std::string>& pages; ///< destination -> printed page number
};

/// A protocol (or any clause-structured document): title block, banner, contents, every unit.
void protocol_flow(FlowBuilder& builder, const FlowInput& input);

/// An action plan: title block, banner, then the table of families and outcomes.
void action_plan_flow(FlowBuilder& builder, const FlowInput& input);

} // namespace clerk::pdf

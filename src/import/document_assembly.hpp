// Building the document from imported elements through UnitBuilder, so that imported
// documents follow the clause conventions of the Markdown reader (SPEC 3.1).
#pragma once

#include "import/import.hpp"
#include "import/import_elements.hpp"

#include <string>
#include <vector>

namespace clerk::import {

/// A heading's ID made from its title: the first words up to a joining word once two are
/// taken, at most five ("Quick Guide to Councillor and Officer Roles" -> "quick-guide").
std::string slug_id(std::string_view title);

/// Builds the document. Unnumbered headings get explicit IDs (`{#introduction}`) when the
/// document has no numbered units at all, or when a table follows them (a titled table);
/// otherwise they stay headings inside their unit, one level below it. An unnumbered
/// heading with nothing after it at the end ("Endnotes") is dropped with a note. Returns
/// false (and leaves a diagnostic) when nothing in the text could be made a unit and
/// `require_units` is set (a pack's agenda may well have none).
bool assemble_document(Document& doc, std::vector<ImportElement> elements,
                       std::vector<ImportNote>& notes, std::vector<Diagnostic>& diagnostics,
                       bool require_units = true);

} // namespace clerk::import

// The Akoma Ntoso reader: the subset Clerk writes, and reasonable variations of it, back
// into the model. Positions point into the XML, so that checks on a .xml file name the
// right line. Elements the reader does not know are kept as text, with a warning.
#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "model/source.hpp"

#include <optional>
#include <vector>

namespace clerk::xml {

/// The document read (absent when the input is unusable) and what was met on the way.
struct AknReadResult {
    std::optional<Document> document;
    std::vector<Diagnostic> diagnostics;
};

/// Reads Akoma Ntoso XML (already checked to be UTF-8).
AknReadResult read_akn(SourceText source);

} // namespace clerk::xml

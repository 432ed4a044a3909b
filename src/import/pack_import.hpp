// Importing an agenda pack as its documents: the pack's text (a PDF, or text extracted from
// one) is cut where pack_split.hpp finds the documents begin, and each part is imported on
// its own, with its own numbering, a `kind`, and for a report the files of its appendices.
#pragma once

#include "import/import.hpp"
#include "import/pack_split.hpp"

#include <string>
#include <vector>

namespace clerk {

/// One document of a split pack.
struct PackDocument {
    import::PackPart part;
    std::string file_name; ///< "03-cases-and-work-update-2023-24.md"
    ImportResult result;   ///< the imported document and its notes (lines of the pack)
};

/// What splitting a pack gives.
struct PackImport {
    std::vector<PackDocument> documents;
    std::vector<Diagnostic> diagnostics; ///< unusable input
    std::vector<ImportNote> notes;       ///< where each document starts, and why
    bool ok() const { return diagnostics.empty(); }
};

/// Splits and imports a pack read from `path` (`.pdf` or extracted text).
PackImport import_pack(const std::string& path);

/// The documents a file holds when it is a pack (empty otherwise): for the message that
/// tells a user importing a pack whole how to split it.
std::vector<import::PackPart> pack_parts_of(const std::string& path);

} // namespace clerk

// The Public Document Pack (SPEC 8): one PDF from a manifest and the PDFs of its documents.
#pragma once

#include "pack/manifest.hpp"
#include "pack/page_plan.hpp"
#include "pack/sheets.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::pack {

/// One document ready for the pack: its PDF (rendered by Clerk, or an existing file).
struct PackDocument {
    std::string title; ///< its bookmark
    std::string pdf;   ///< the PDF's bytes
    int pages = 0;
};

/// What inspect_pdf() found out about PDF bytes.
struct PdfFacts {
    int pages = 0;
    std::string title; ///< /Title of the document information, when set
    std::string code;  ///< empty when usable, else "pack/unreadable-pdf" or "pack/encrypted-pdf"
    std::string error; ///< why it is not usable
};

/// Opens PDF bytes to see whether the pack can use them: readable, not encrypted, with pages.
PdfFacts inspect_pdf(const std::string& bytes);

/// How to build the pack.
struct PackOptions {
    SheetStyle style;
    /// Told of each step ("laid out the front sheet", "stamped 30 pages"); may be empty.
    std::function<void(std::string_view)> progress;
};

/// The pack's bytes and where its pages fell.
struct PackResult {
    std::string pdf;
    PagePlan plan;
};

/// Builds the pack: front sheet and agenda (page ranges from the real page counts, laid out
/// again until its own length settles), blank pages so that items start on odd pages, the
/// documents, stamps, bookmarks, tags and metadata. `documents[i]` are item i's documents.
/// Throws std::runtime_error when a PDF cannot be processed.
PackResult build_pack(const Manifest& manifest,
                      const std::vector<std::vector<PackDocument>>& documents,
                      const PackOptions& options);

/// The pack's title: "Standards Committee, Wednesday, 11 November 2020".
std::string pack_title(const Manifest& manifest);

} // namespace clerk::pack

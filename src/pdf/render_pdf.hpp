// PDF rendering: a document laid out natively (cairo and pango) into A4 pages with a title
// block, version banner, contents with page numbers, running header and footer, links,
// destinations named as the HTML anchors (`clause-9.3.5`), bookmarks and a tagged structure
// tree, finished by Clerk (/Lang, DisplayDocTitle, deterministic ID). No file I/O inside:
// the caller loads the style and writes the bytes.
#pragma once

#include "link/links.hpp"
#include "model/document.hpp"
#include "pdf/style.hpp"

#include <string>
#include <string_view>

namespace clerk::pdf {

/// What a PDF needs to know beyond its own document. Fields may be added; none removed.
struct PdfContext {
    std::string source_name;            ///< the source file's name
    const Document* protocol = nullptr; ///< action plan: the protocol its outcomes cite
    std::string protocol_file;          ///< action plan: the protocol PDF's file name
    int first_page_number = 1;          ///< the number the first page carries (in a pack)
};

/// The finished file.
struct PdfOutput {
    std::string bytes; ///< the complete PDF file
    int pages = 0;     ///< its page count
};

/// The file name for a document's PDF: "protocol-v2.0-draft.pdf".
std::string pdf_file_name(const Document& doc, std::string_view stem);

/// Lays out and writes the PDF of a loaded, linked document. Throws std::runtime_error when
/// cairo or the finishing fail (which a valid style and document do not cause).
PdfOutput render_pdf(const Document& doc, const Links& links, const PdfStyle& style,
                     const PdfContext& context = {});

} // namespace clerk::pdf

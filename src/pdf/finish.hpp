// Finishing the file: the page furniture (running header and footer, DRAFT mark) stamped onto
// each page as an Artifact, outside the structure tree; table rows split across pages made one
// row of the structure tree again; /Lang, DisplayDocTitle, MarkInfo, page labels; a
// deterministic file ID, compressed object streams. cairo's two files are read object by
// object (pdf_file.hpp); the objects that change are written anew and the rest copied as
// cairo wrote them. Rewriting every object with a general PDF library took a quarter of the
// time to render a document.
#pragma once

#include <string>

namespace clerk::pdf {

/// The structure type cairo is given for the part of a table row continued on a later page
/// (cairo accepts only the standard types; "Private" is the one meant for a producer's own
/// use, and Clerk uses it for nothing else). cairo's tags nest strictly and its pages are drawn in
/// order, so a cell cannot be reopened once the next has begun; finishing merges each such part
/// into the row it continues, so the structure tree has one TR (and one TD per column) for a row
/// however many pages it spans.
inline constexpr const char* kContinuedRowTag = "Private";

/// What the finished file declares.
struct FinishOptions {
    std::string language = "en-GB";
    int first_page_number = 1;
    bool keep_dates = true; ///< false: no /CreationDate or /ModDate (the document has no date)
    std::string figure_alt; ///< alternative text for the Figure elements (the logo)
};

/// The finished PDF from cairo's `content` and `furniture` (one furniture page per page).
std::string finish_pdf(const std::string& content, const std::string& furniture,
                       const FinishOptions& options);

} // namespace clerk::pdf

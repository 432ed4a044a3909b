// Finishing the file with qpdf: the page furniture (running header and footer, DRAFT mark)
// stamped onto each page as an Artifact, outside the structure tree; /Lang,
// DisplayDocTitle, MarkInfo, page labels; a deterministic file ID, compressed object streams.
#pragma once

#include <string>

namespace clerk::pdf {

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

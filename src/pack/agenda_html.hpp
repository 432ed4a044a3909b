// The agenda as a web page for the council's site: the front sheet and the agenda, each item
// linking to its documents' pages.
#pragma once

#include "pack/manifest.hpp"
#include "pack/page_plan.hpp"

#include <string>
#include <vector>

namespace clerk::pack {

/// Where one document of an item is on the web: its HTML page, or its pages in the pack PDF.
struct DocumentLink {
    std::string title;
    std::string href; ///< relative to the agenda page
};

/// A self-contained, accessible HTML page (en-GB, no scripts). `links[i]` are item i's
/// documents; `pdf_name` is the pack's file name, offered for download.
std::string agenda_html(const Manifest& manifest, const PagePlan& plan,
                        const std::vector<std::vector<DocumentLink>>& links,
                        const std::string& pdf_name);

} // namespace clerk::pack

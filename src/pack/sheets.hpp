// The pages Clerk draws itself for a pack, with cairo and pango: the front sheet with the
// agenda, the "intentionally left blank" pages, and the stamps laid over every page.
#pragma once

#include "pack/manifest.hpp"
#include "pack/page_plan.hpp"

#include <string>
#include <vector>

namespace clerk::pack {

/// A4 in PDF points.
inline constexpr double kA4Width = 595.276;
inline constexpr double kA4Height = 841.89;
/// The bands at the top and bottom of every page kept for the stamps; other content stays
/// between them (imported pages are scaled to fit when they would not).
inline constexpr double kTopBand = 36;
inline constexpr double kBottomBand = 34;

/// The typeface of the sheets and stamps (a fontconfig family).
struct SheetStyle {
    std::string font_family = "Liberation Sans";
};

/// Where an agenda item's line is on the front sheet, to link it to the item's first page.
struct AgendaLink {
    int item = 0;                               ///< index into the manifest's items
    int page = 0;                               ///< 0-based page of the front sheet
    double x = 0, y = 0, width = 0, height = 0; ///< PDF user space (origin bottom left)
};

/// A PDF made here, with its page count.
struct SheetPdf {
    std::string bytes;
    int pages = 0;
    std::vector<AgendaLink> links;
};

/// The front sheet and agenda (tagged): council, committee, date, time, venue, contact, each
/// item with its number and page range, membership. Flows onto further pages when long.
SheetPdf draw_front_sheet(const Manifest& manifest, const std::vector<PageRange>& item_pages,
                          const SheetStyle& style);

/// `count` A4 pages reading "This page is intentionally left blank" (tagged).
SheetPdf draw_blank_pages(int count, const SheetStyle& style);

/// What to stamp on one page of the pack.
struct Stamp {
    double width = kA4Width; ///< the page's size in points
    double height = kA4Height;
    int page_number = 0; ///< "Page N" in the bottom band
    int agenda_item = 0; ///< "Agenda Item N" in the top band; 0 for none
};

/// One page per stamp, each the size of the page it goes on, with nothing else on it.
SheetPdf draw_stamps(const std::vector<Stamp>& stamps, const SheetStyle& style);

/// "Wednesday, 11 November 2020" from "2020-11-11" (the text as given when not a date).
std::string long_date(const std::string& iso);

} // namespace clerk::pack

// Drawing the paginated flow onto a cairo PDF surface: structure tags, named destinations,
// bookmarks, links, table rows and repeated header rows.
#pragma once

#include "pdf/paginate.hpp"

#include <cairo.h>

namespace clerk::pdf {

/// The page the flow is drawn on.
struct PageGeometry {
    double width = 0, height = 0;
    double left = 0;          ///< the content box's left edge
    double content_width = 0; ///< the content box's width
    Colour rule;              ///< table borders
    Colour muted;             ///< leader dots
};

/// Draws every page of the flow on `cr` (a PDF surface's context), showing each page.
void draw_flow(cairo_t* cr, const Flow& flow, const Pagination& pages, const PageGeometry& page);

} // namespace clerk::pdf

// Cutting the flow into pages: headings kept with what follows, no single widow or orphan
// line, a table row split between lines only when it must (at least two lines on each side),
// a table's header row repeated at the top of each page it spans.
#pragma once

#include "pdf/flow.hpp"

#include <map>
#include <string>
#include <vector>

namespace clerk::pdf {

/// Where one flow entry (or part of one) goes.
struct Placement {
    int entry = -1;
    int page = 0;                      ///< 0-based
    double y = 0;                      ///< top, from the page's top
    int first_line = 0, last_line = 0; ///< text items: the lines placed here
    int repeat_row = -1; ///< a repeated header row (drawn as page furniture, untagged)
    /// Rows: the slice of the cells' content placed here, [row_from, row_to); row_to < 0 for
    /// all of it. A row split across pages has one placement per page.
    double row_from = 0, row_to = -1;
};

/// The flow cut into pages.
struct Pagination {
    std::vector<Placement> placements; ///< in flow order
    int pages = 1;
    std::map<std::string, int> destination_pages; ///< named destination -> 0-based page
};

/// Places the flow between `top` and `bottom` (from the page's top) on each page.
Pagination paginate(const Flow& flow, double top, double bottom);

} // namespace clerk::pdf

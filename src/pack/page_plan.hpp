// Where every page of the pack falls: the front sheet, the blank pages that make each item
// start on an odd (right-hand) page, and each item's and document's page range.
#pragma once

#include <vector>

namespace clerk::pack {

/// A range of pack pages, 1-based and inclusive; `first == 0` when there are none.
struct PageRange {
    int first = 0;
    int last = 0;
    bool empty() const { return first == 0; }
};

/// The page numbers of the whole pack.
struct PagePlan {
    int front_pages = 0;                           ///< front sheet and agenda: pages 1..front
    std::vector<PageRange> items;                  ///< one per item (empty when no documents)
    std::vector<std::vector<int>> document_starts; ///< per item, the first page of each document
    std::vector<int> blank_pages;                  ///< "intentionally left blank" pages
    int total_pages = 0;
};

/// Lays out the pack given the front sheet's length and each item's documents' page counts:
/// an item that would start on an even page gets a blank page before it.
PagePlan plan_pages(int front_pages, const std::vector<std::vector<int>>& document_page_counts);

} // namespace clerk::pack

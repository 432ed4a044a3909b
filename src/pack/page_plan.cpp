#include "pack/page_plan.hpp"

namespace clerk::pack {

PagePlan plan_pages(int front_pages, const std::vector<std::vector<int>>& document_page_counts) {
    PagePlan plan;
    plan.front_pages = front_pages;
    int last = front_pages;
    for (const std::vector<int>& counts : document_page_counts) {
        PageRange range;
        std::vector<int> starts;
        int pages = 0;
        for (int n : counts)
            pages += n;
        if (pages > 0) {
            // Items open on a right-hand page, as in a printed, double-sided pack.
            if ((last + 1) % 2 == 0) plan.blank_pages.push_back(++last);
            range.first = last + 1;
            for (int n : counts) {
                starts.push_back(last + 1);
                last += n;
            }
            range.last = last;
        } else {
            starts.assign(counts.size(), 0);
        }
        plan.items.push_back(range);
        plan.document_starts.push_back(std::move(starts));
    }
    plan.total_pages = last;
    return plan;
}

} // namespace clerk::pack

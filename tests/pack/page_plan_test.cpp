// The page plan: blank pages exactly where an item would start on an even page.
#include "pack/page_plan.hpp"

#include <catch2/catch.hpp>

using namespace clerk::pack;

TEST_CASE("seed 001's shape: one front page, minutes of three pages, a report pack of 26") {
    // Front sheet (1), blank (2), minutes 3-5, blank (6), report 7-32.
    PagePlan plan = plan_pages(1, {{}, {}, {3}, {2, 16, 8}});
    CHECK(plan.blank_pages == std::vector<int>{2, 6});
    CHECK(plan.items[0].empty());
    CHECK(plan.items[1].empty());
    CHECK(plan.items[2].first == 3);
    CHECK(plan.items[2].last == 5);
    CHECK(plan.items[3].first == 7);
    CHECK(plan.items[3].last == 32);
    CHECK(plan.document_starts[3] == std::vector<int>{7, 9, 25});
    CHECK(plan.total_pages == 32);
}

TEST_CASE("no blank page where the next item already starts on an odd page") {
    PagePlan plan = plan_pages(2, {{4}, {1}, {1}});
    CHECK(plan.blank_pages == std::vector<int>{8});
    CHECK(plan.items[0].first == 3);
    CHECK(plan.items[0].last == 6);
    CHECK(plan.items[1].first == 7);
    CHECK(plan.items[2].first == 9);
    CHECK(plan.total_pages == 9);
}

TEST_CASE("every item with pages starts on an odd page, whatever the lengths") {
    for (int front = 1; front < 4; ++front)
        for (int a = 1; a < 5; ++a)
            for (int b = 1; b < 5; ++b) {
                PagePlan plan = plan_pages(front, {{a}, {}, {b, a}});
                CHECK(plan.items[0].first % 2 == 1);
                CHECK(plan.items[2].first % 2 == 1);
                for (int blank : plan.blank_pages)
                    CHECK(blank % 2 == 0);
            }
}

// Pathological input: one paragraph of many thousand words with no full stop, unmatched
// quotation marks and hundreds of citations. Every check must finish (the checks read a
// long sentence only around each word they look at) and still find what is there.
#include "rule_fixture.hpp"
#include "rules/helpers/canonical_wording.hpp"
#include "rules/helpers/constitution.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

TEST_CASE("a huge paragraph without full stops is checked in full") {
    std::string body = "# 1. A\n\n1.1 ";
    for (int i = 0; i < 4000; ++i)
        body += "the Councillor must give him / her “advice under Section 29(1) Localism Act 2011 "
                "on the Nolan "
                "Principles and Part 3, Schedule 2 ";
    Fixture f(body + "\n");
    const auto& data = bundled_data();
    CHECK(f.run("lang/gendered", data).size() == 4000);
    CHECK(f.run("cite/legislation-section", data).size() == 4000);
    CHECK(f.run("cite/act-title", data).empty());
    CHECK(f.run("cite/constitution-map", data).empty());
    CHECK(f.run("term/near-miss").empty());
    CHECK(f.run("text/canonical", data).empty());
}

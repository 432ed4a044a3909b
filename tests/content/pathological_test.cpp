// Pathological input: one paragraph of many thousand words with no full stop, unmatched
// quotation marks and hundreds of citations. Every check must finish (the checks read a
// long sentence only around each word they look at) and still find what is there.
#include "content/canonical_check.hpp"
#include "content/constitution_checks.hpp"
#include "content/gendered_check.hpp"
#include "content/legislation_checks.hpp"
#include "content/term_checks.hpp"
#include "content_fixture.hpp"

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
    CHECK(content::check_gendered_language(f.document, f.runs, *data.gendered).size() == 4000);
    CHECK(content::check_legislation_sections(f.document, f.runs, &*data.legislation).size() ==
          4000);
    CHECK(content::check_act_titles(f.document, f.runs, &*data.legislation).empty());
    CHECK(content::check_constitution_map(f.document, f.runs, *data.constitution).empty());
    CHECK(content::check_near_miss_terms(f.document, f.runs).empty());
    CHECK(content::check_canonical_texts(f.document, f.runs, *data.canonical).empty());
}

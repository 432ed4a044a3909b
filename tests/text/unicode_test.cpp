// The text toolkit's Unicode: case folding that keeps offsets, letters beyond ASCII, UTF-16
// columns, and patterns that run in linear time on huge input.
#include "text/pattern.hpp"
#include "text/text_runs.hpp"
#include "text/unicode.hpp"

#include <catch2/catch.hpp>

using namespace clerk::text;

TEST_CASE("case folding handles Welsh letters and keeps byte offsets") {
    CHECK(fold_case("ŴYL Ŷ Côr") == "ŵyl ŷ côr");
    std::string text = "Y Cyngor “Ŵyl” and ‘Officer’";
    CHECK(fold_case(text).size() == text.size());
    CHECK(fold_case("ABC def") == "abc def");
}

TEST_CASE("letter classes beyond ASCII") {
    CHECK(is_upper_at("Ŵyl", 0));
    CHECK_FALSE(is_upper_at("ŵyl", 0));
    CHECK(is_alnum_at("ŷ", 0));
    CHECK_FALSE(is_alnum_at("“", 0));
}

TEST_CASE("SARIF columns count UTF-16 code units, not bytes") {
    // 'b' is byte 5 of "a’b" (the apostrophe is three bytes) and the third UTF-16 unit.
    CHECK(utf16_column("a’b", 5) == 3);
    CHECK(utf16_column("abc", 3) == 3);
    // A character outside the Basic Multilingual Plane is two units.
    CHECK(utf16_column("\xF0\x9F\x98\x80x", 5) == 3);
}

TEST_CASE("patterns run on huge input without recursion") {
    std::string huge(60000, 'a');
    huge += " Section 9.1";
    Pattern p(R"(\b[Ss]ection\s+(\d{1,2}(?:\.\d{1,3})*))");
    PatternMatch m;
    REQUIRE(p.search(huge, m));
    CHECK(m.str(1) == "9.1");
    std::string list;
    for (int i = 0; i < 8000; ++i)
        list += std::to_string(i % 90 + 1) + "." + std::to_string(i % 7 + 1) + ", ";
    Pattern numbers(R"(\d{1,2}(?:\.\d{1,3})*(?:\s*,\s*\d{1,2}(?:\.\d{1,3})*)*)");
    CHECK(numbers.search(list, m));
    CHECK(p.all("Section 1 and section 2.3").size() == 2);
}

// Word-level differences: whole words and marks, never character soup.
#include "diff/schedule.hpp"
#include "diff/word_diff.hpp"

#include <catch2/catch.hpp>

using namespace clerk::diff;

namespace {

// The edits as "=kept -deleted +inserted" for compact expectations.
std::string show(const std::vector<TextEdit>& edits) {
    std::string out;
    for (const TextEdit& e : edits)
        out += (e.kind == EditKind::Equal    ? "="
                : e.kind == EditKind::Delete ? "-"
                                             : "+") +
               e.text + "|";
    return out;
}

} // namespace

TEST_CASE("a replaced phrase is one deletion and one insertion of whole words", "[diff][words]") {
    CHECK(show(diff_words("attributed to him / her in any record",
                          "attributed to them in any record")) ==
          "=attributed to |-him / her|+them|= in any record|");
    CHECK(show(diff_words("must be well mannered and professional",
                          "must be courteous and professional")) ==
          "=must be |-well mannered|+courteous|= and professional|");
}

TEST_CASE("spacing alone is not a change", "[diff][words]") {
    CHECK_FALSE(
        has_changes(diff_words("Officers  serve\nthe Council.", "Officers serve the Council.")));
    CHECK(has_changes(diff_words("Officers serve the Council.", "Officers serve the Council;")));
}

TEST_CASE("insertions and deletions at the ends", "[diff][words]") {
    CHECK(show(diff_words("Be sure.", "Always be sure.")) == "-Be|+Always be|= sure.|");
    CHECK(show(diff_words("The duty applies.", "The duty applies in full.")) ==
          "=The duty applies|+ in full|=.|");
}

TEST_CASE("edits are described in words a member understands", "[diff][words]") {
    CHECK(describe_edits(diff_words("attributed to him / her in any record",
                                    "attributed to them in any record")) ==
          "‘him / her’ replaced by ‘them’");
    CHECK(describe_edits(diff_words("Strategic Director and Strategic Director",
                                    "Executive Director and Executive Director")) ==
          "‘Strategic’ replaced by ‘Executive’ (2 times)");
    CHECK(describe_edits(diff_words("a b c", "a c")) == "‘b’ removed");
    CHECK(
        describe_amendment(
            diff_words(
                "Councillors are bound by the Code and Officers by their contracts of employment.",
                "The Council has adopted a Members’ Code which is set out in Part 5(a) and an "
                "Employee Code set out in Part 5(c)."))
            .rfind("reworded; now reads ‘The Council", 0) == 0);
}

TEST_CASE("a change of spaces alone shows on the mark or word beside it", "[diff][words]") {
    CHECK(show(diff_words("the Council .", "the Council.")) == "=the Council|- .|+.|");
    CHECK(show(diff_words("the Council.", "the Council .")) == "=the Council|-.|+ .|");
    CHECK(show(diff_words("the Council", "the Council ")) == "=the |-Council|+Council |");
    // Wider or narrower spacing is not a change.
    CHECK(show(diff_words("the  Council.", "the Council.")) == "=the Council.|");
}

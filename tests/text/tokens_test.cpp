// The text toolkit's one scanner: words for the rules, tokens for the diff.
#include "text/text_runs.hpp"

#include <catch2/catch.hpp>

using namespace clerk::text;

namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for (const Word& w : split_words(text))
        out.emplace_back(w.text);
    return out;
}

} // namespace

TEST_CASE("diff tokens keep numbers, hyphenated words and apostrophes whole", "[text][tokens]") {
    CHECK(split_tokens("see 9.3.5, co-opted Members’ rights") ==
          std::vector<std::string>{"see", " ", "9.3.5", ",", " ", "co-opted", " ", "Members", "’",
                                   " ", "rights"});
    CHECK(split_tokens("him / her") == std::vector<std::string>{"him", " ", "/", " ", "her"});
    CHECK(split_tokens("and/or") == std::vector<std::string>{"and/or"});
}

TEST_CASE("diff tokens joined give the text back, marks and spaces included", "[text][tokens]") {
    for (std::string_view text :
         {"Cyngor Sir Ynys Môn – “the Council”", "  two  spaces\tand a tab\n", "£100.50 (net)",
          "Llŷn a ŵyr", "", "\xff stray byte"}) {
        std::string joined;
        for (const std::string& t : split_tokens(text))
            joined += t;
        CHECK(joined == text);
    }
}

TEST_CASE("words and tokens read letters of any script as letters", "[text][tokens]") {
    CHECK(words_of("Pen Llŷn a ŵyr y Cyngor") ==
          std::vector<std::string>{"Pen", "Llŷn", "a", "ŵyr", "y", "Cyngor"});
    CHECK(words_of("Conseil général") == std::vector<std::string>{"Conseil", "général"});
    CHECK(split_tokens("Llŷn’s") == std::vector<std::string>{"Llŷn’s"});
    // Dashes and curly quotes are marks, not letters.
    CHECK(words_of("Council – “Members”") == std::vector<std::string>{"Council", "Members"});
    CHECK(split_tokens("a–b") == std::vector<std::string>{"a", "–", "b"});
}

TEST_CASE("words keep hyphens and apostrophes inside them but not dots", "[text][tokens]") {
    CHECK(words_of("co-opted Members' Councillor’s 9.3.5") ==
          std::vector<std::string>{"co-opted", "Members", "Councillor’s", "9", "3", "5"});
    CHECK(words_of("-lead 'quoted' end-") == std::vector<std::string>{"lead", "quoted", "end"});
}

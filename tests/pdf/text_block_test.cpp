// Laying out a block of text: each paragraph is shaped once and broken into lines by Clerk.
// Pango's own line breaking, on the same text, font and width, is the measure: the same
// number of lines, the same baselines, no line wider than the block.
#include "pdf/text_block.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace clerk::pdf;

namespace {

TextStyle body_style(double line_height = 1.3) {
    TextStyle s;
    s.family = "Liberation Sans";
    s.size = 11;
    s.line_height = line_height;
    return s;
}

TextBlock block_of(const TextContext& context, const std::string& words, const TextStyle& style,
                   double width) {
    RichText text;
    text.add(words);
    return TextBlock(context, std::move(text), style, width);
}

// The baselines pango itself gives the same text, wrapped at `width` as Clerk wraps it.
std::vector<double> pango_baselines(const TextContext& context, const std::string& words,
                                    const TextStyle& style, double width) {
    PangoLayout* layout = pango_layout_new(context.get());
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, style.family.c_str());
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_width(layout, pango_units_from_double(width));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_line_spacing(layout, static_cast<float>(style.line_height));
    pango_layout_set_text(layout, words.data(), static_cast<int>(words.size()));
    std::vector<double> out;
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        out.push_back(pango_layout_iter_get_baseline(iter) / static_cast<double>(PANGO_SCALE));
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    g_object_unref(layout);
    return out;
}

const std::string kDuty =
    "Councillors and officers must treat each other with respect, and the Monitoring Officer "
    "will advise on any question about this protocol and its application to the Council's "
    "work, including its committees, sub-committees and working parties.";

} // namespace

TEST_CASE("a paragraph breaks between words where pango would, no line wider than the block",
          "[pdf][text]") {
    TextContext context;
    for (double width : {120.0, 200.0, 300.0, 430.0}) {
        TextBlock b = block_of(context, kDuty, body_style(), width);
        std::vector<double> expected = pango_baselines(context, kDuty, body_style(), width);
        REQUIRE(b.line_count() == static_cast<int>(expected.size()));
        for (int i = 0; i < b.line_count(); ++i) {
            CHECK(b.line(i).baseline == Approx(expected[static_cast<std::size_t>(i)]).margin(0.01));
            CHECK(b.line_end(i) <= width + 0.01);
        }
    }
}

TEST_CASE("a word longer than the line is broken between letters, with room for the hyphen",
          "[pdf][text]") {
    TextContext context;
    const std::string word = "Antidisestablishmentarianism";
    TextBlock b = block_of(context, word, body_style(), 60);
    CHECK(b.line_count() ==
          static_cast<int>(pango_baselines(context, word, body_style(), 60).size()));
    REQUIRE(b.line_count() > 1);
    for (int i = 0; i < b.line_count(); ++i)
        CHECK(b.line_end(i) <= 60.01);
}

TEST_CASE("justified lines fill the width, the paragraph's last line does not", "[pdf][text]") {
    TextContext context;
    TextStyle style = body_style();
    style.justify = true;
    TextBlock b = block_of(context, kDuty, style, 250);
    REQUIRE(b.line_count() > 2);
    for (int i = 0; i + 1 < b.line_count(); ++i)
        CHECK(b.line_end(i) == Approx(250).margin(0.5));
    CHECK(b.line_end(b.line_count() - 1) < 240);
}

TEST_CASE("right-aligned lines end at the block's right edge", "[pdf][text]") {
    TextContext context;
    TextStyle style = body_style();
    style.align = PANGO_ALIGN_RIGHT;
    TextBlock b = block_of(context, "Page 3 of 18", style, 200);
    REQUIRE(b.line_count() == 1);
    CHECK(b.line_end(0) == Approx(200).margin(0.01));
    CHECK(b.width() == Approx(200).margin(0.01));
}

TEST_CASE("spaces at the end of a line hang past the width", "[pdf][text]") {
    TextContext context;
    TextStyle style = body_style();
    style.align = PANGO_ALIGN_RIGHT;
    // The break falls after the spaces; right alignment lines up the words, not the spaces.
    TextBlock b = block_of(context, "Officers      will advise", style, 60);
    REQUIRE(b.line_count() == 2);
    CHECK(b.line_end(1) == Approx(60).margin(0.01));
}

TEST_CASE("an empty text is one line of the font's height; a line separator starts another",
          "[pdf][text]") {
    TextContext context;
    TextBlock empty = block_of(context, "", body_style(0), 200);
    REQUIRE(empty.line_count() == 1);
    CHECK(empty.height() > 10);
    CHECK(empty.height() < 14);
    TextBlock two = block_of(context, "one\xe2\x80\xa8two", body_style(0), 200);
    CHECK(two.line_count() == 2);
}

// PDF objects read from text and written back: the kinds of object, references, strings and
// their escapes, comments, and text that is not PDF.
#include "pdf/pdf_object.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

using namespace clerk::pdf;
using Kind = PdfValue::Kind;

namespace {

PdfValue parse(std::string_view text) {
    std::size_t pos = 0;
    return parse_pdf_value(text, pos);
}

std::string written(const PdfValue& v) {
    std::string out;
    v.write(out);
    return out;
}

} // namespace

TEST_CASE("a dictionary as cairo writes it, comments and all, reads as its entries", "[pdf]") {
    PdfValue page = parse("<< /Type /Page % 1\n   /Parent 1 0 R\n"
                          "   /MediaBox [ 0 0 595.275591 841.889764 ]\n   /Contents 80 0 R\n"
                          "   /Group << /S /Transparency /I true >>\n>>");
    REQUIRE(page.is(Kind::Dict));
    CHECK(page.get("Type")->is_name("Page"));
    CHECK(page.get("Parent")->as_ref() == PdfRef{1, 0});
    REQUIRE(page.get("MediaBox")->items().size() == 4);
    CHECK(page.get("MediaBox")->items()[2].written() == "595.275591");
    CHECK(page.get("Group")->get("I")->as_bool());
    CHECK(page.get("Resources") == nullptr);
    CHECK(written(page) == "<</Type /Page/Parent 1 0 R/MediaBox [0 0 595.275591 841.889764]"
                           "/Contents 80 0 R/Group <</S /Transparency/I true>>>>");
}

TEST_CASE("two numbers are a reference only when R follows them", "[pdf]") {
    PdfValue a = parse("[ 1 0 R 2 0 3 4 0 R /R 5 ]");
    REQUIRE(a.items().size() == 7);
    CHECK(a.items()[0].is(Kind::Ref));
    CHECK(a.items()[1].is_integer());
    CHECK(a.items()[1].as_integer() == 2);
    CHECK(a.items()[3].as_integer() == 3);
    CHECK(a.items()[4].as_ref() == PdfRef{4, 0});
    CHECK(a.items()[5].is_name("R"));
    CHECK(parse("-3 0 R").is(Kind::Number)); // a negative number starts no reference
}

TEST_CASE("strings keep their bytes as written and give back what they stand for", "[pdf]") {
    PdfValue nested = parse("(a (nested) \\) string\\n\\101)");
    CHECK(nested.written() == "(a (nested) \\) string\\n\\101)");
    CHECK(nested.string_bytes() == "a (nested) ) string\nA");
    CHECK(parse("<48656C6C6F>").string_bytes() == "Hello");
    CHECK(parse("<4 8 6>").string_bytes() == "H`"); // an odd digit stands for its high half
}

TEST_CASE("a text string is literal for plain ASCII and UTF-16 for the rest", "[pdf]") {
    CHECK(PdfValue::text("en-GB").written() == "(en-GB)");
    CHECK(PdfValue::text("a (b) \\ c").written() == "(a \\(b\\) \\\\ c)");
    CHECK(PdfValue::text("Ty – ŵ").written() == "<FEFF005400790020201300200175>");
    CHECK(PdfValue::text("ŵ").written() == "<FEFF0175>");
    CHECK(PdfValue::text("😀").written() == "<FEFFD83DDE00>");
    CHECK(PdfValue::literal("a\nb").written() == "(a\\012b)");
}

TEST_CASE("changing a dictionary keeps its order, replacing or adding an entry", "[pdf]") {
    PdfValue d = parse("<</A 1/B 2>>");
    d.set("B", PdfValue::name("Two"));
    d.set("C", PdfValue::boolean(false));
    d.erase("A");
    CHECK(written(d) == "<</B /Two/C false>>");
    CHECK(written(parse("null")) == "null");
}

TEST_CASE("text that is not a PDF object is refused with its offset", "[pdf]") {
    CHECK_THROWS_WITH(parse("<< /A (unclosed >>"), Catch::Contains("not closed"));
    CHECK_THROWS_WITH(parse("[ 1 2 "), Catch::Contains("not closed"));
    CHECK_THROWS_WITH(parse("<< 1 2 >>"), Catch::Contains("not a name"));
    CHECK_THROWS_WITH(parse("   "), Catch::Contains("byte 3"));
    CHECK_THROWS_WITH(parse("endobj"), Catch::Contains("'endobj' is not a PDF object"));
    CHECK_THROWS_WITH(parse(std::string(100000, '[')), Catch::Contains("nest too deeply"));
    CHECK(parse("99999999999 0 R").is(PdfValue::Kind::Number)); // no such object number
}

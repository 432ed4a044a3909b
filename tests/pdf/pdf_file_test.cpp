// Reading a PDF through its cross-reference table, and writing one with object streams and a
// cross-reference stream that qpdf reads back object for object.
#include "pdf/pdf_file.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf_tools.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <stdexcept>
#include <string>
#include <vector>

using namespace clerk::pdf;
using namespace clerk::test;

namespace {

// A file in the classic form, its table built from where each object really is. The content
// stream's /Length is an indirect object written after it, as cairo writes them.
std::string table_file() {
    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>",
        "<< /Type /Page % a comment\n /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>",
        "<< /Length 5 0 R >>\nstream\nBT ET\nendstream",
        "5",
    };
    std::string out = "%PDF-1.5\n%\xb5\xed\xae\xfb\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
    }
    std::size_t xref = out.size();
    out += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
    for (std::size_t o : offsets)
        out += fmt::format("{:010} 00000 n \n", o);
    out += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n",
                       objects.size() + 1, xref);
    return out;
}

} // namespace

TEST_CASE("objects are found through the cross-reference table, streams by their /Length",
          "[pdf]") {
    std::string bytes = table_file();
    PdfFile file(bytes);
    CHECK(file.version() == "1.5");
    CHECK(file.size() == 6);
    CHECK(file.trailer().get("Root")->as_ref() == PdfRef{1, 0});
    const PdfObject& page = file.object(3);
    CHECK(page.value.get("Type")->is_name("Page"));
    CHECK_FALSE(page.has_stream);
    CHECK(page.written.substr(0, 14) == "<< /Type /Page");
    const PdfObject& content = file.object(4);
    REQUIRE(content.has_stream);
    CHECK(content.stream == "BT ET");
    CHECK(file.resolve(*file.object(1).value.get("Pages")).get("Count")->as_integer() == 1);
    CHECK(file.object(99).value.is(PdfValue::Kind::Null));
    CHECK_FALSE(file.has(0));
}

TEST_CASE("a file that is not a PDF, or has no table, is refused", "[pdf]") {
    CHECK_THROWS_WITH(PdfFile("hello"), Catch::Contains("no %PDF- header"));
    CHECK_THROWS_WITH(PdfFile("%PDF-1.7\n1 0 obj\nnull\nendobj\n"), Catch::Contains("startxref"));
    std::string stream_xref = "%PDF-1.7\n9 0 obj\n<< /Type /XRef >>\nstartxref\n9\n%%EOF\n";
    CHECK_THROWS_WITH(PdfFile(stream_xref), Catch::Contains("not a table"));
}

TEST_CASE("the writer's file is one qpdf checks and reads back, and the same each time", "[pdf]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    auto write = [] {
        PdfWriter writer("1.5");
        writer.add_object(1, "<</Type /Catalog /Pages 2 0 R>>");
        writer.add_object(2, "<</Type /Pages /Kids [3 0 R] /Count 1>>");
        writer.add_object(3, "<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 "
                             "R /Resources <<>>>>");
        std::string data = deflate_bytes("0 0 1 rg 10 10 50 50 re f\n");
        writer.add_stream(4, fmt::format("<</Filter /FlateDecode /Length {}>>", data.size()), data);
        // More objects than one object stream holds.
        for (int i = 5; i < 260; ++i)
            writer.add_object(i, fmt::format("<</Number {}>>", i));
        return writer.finish(1, 0, 260);
    };
    std::string bytes = write();
    CHECK(bytes == write());
    TempFile pdf(bytes, ".pdf");
    std::string check = shell("qpdf --check '" + pdf.path.string() + "'");
    CHECK(check.find("No syntax or stream encoding errors") != std::string::npos);
    CHECK(shell("qpdf --show-object=259 '" + pdf.path.string() + "'") == "<< /Number 259 >>\n");
    CHECK(shell("qpdf --show-object=4 --filtered-stream-data '" + pdf.path.string() + "'") ==
          "0 0 1 rg 10 10 50 50 re f\n");
    CHECK(info_field(shell("pdfinfo '" + pdf.path.string() + "'"), "Pages") == "1");
}

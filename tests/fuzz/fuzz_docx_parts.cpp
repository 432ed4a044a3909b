// Fuzzes the .docx import past the zip: the input is the XML of word/document.xml, then
// (each after a line "=====") that of word/numbering.xml, word/styles.xml and
// word/footnotes.xml, packed into a valid zip archive in memory, so that every run reaches
// the XML readers.
#include "fuzz_support.hpp"
#include "import/import.hpp"
#include "io/zip_archive.hpp"

namespace {

const char* const kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto [document, rest] = clerk::fuzz::split_in_two(clerk::fuzz::text_of(data, size));
    auto [numbering, rest2] = clerk::fuzz::split_in_two(rest);
    auto [styles, footnotes] = clerk::fuzz::split_in_two(rest2);
    std::vector<clerk::ZipEntry> parts{{"[Content_Types].xml", kContentTypes},
                                       {"word/document.xml", document}};
    if (!numbering.empty()) parts.emplace_back("word/numbering.xml", numbering);
    if (!styles.empty()) parts.emplace_back("word/styles.xml", styles);
    if (!footnotes.empty()) parts.emplace_back("word/footnotes.xml", footnotes);
    std::string package = clerk::zip_archive(parts);
    if (package.empty()) return 0;
    clerk::ImportResult result = clerk::import_docx("fuzz.docx", package);
    clerk::fuzz::require_reason(result);
    return 0;
}

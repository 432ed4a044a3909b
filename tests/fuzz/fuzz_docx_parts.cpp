// Fuzzes the .docx import past the zip: the input is the XML of word/document.xml, then
// (each after a line "=====") that of word/numbering.xml, word/styles.xml and
// word/footnotes.xml, packed into a valid zip archive in memory, so that every run reaches
// the XML readers.
#include "fuzz_support.hpp"
#include "import/import.hpp"

#include <zip.h>

namespace {

const char* const kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";

// A zip archive (stored, not deflated) holding the parts; empty if libzip fails.
std::string pack(const std::string& document, const std::string& numbering,
                 const std::string& styles, const std::string& footnotes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) return "";
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return "";
    }
    zip_source_keep(buffer);
    auto add = [&](const char* name, const std::string& content) {
        zip_source_t* part = zip_source_buffer(archive, content.data(), content.size(), 0);
        if (part && zip_file_add(archive, name, part, ZIP_FL_OVERWRITE) < 0) zip_source_free(part);
    };
    add("[Content_Types].xml", kContentTypes);
    add("word/document.xml", document);
    if (!numbering.empty()) add("word/numbering.xml", numbering);
    if (!styles.empty()) add("word/styles.xml", styles);
    if (!footnotes.empty()) add("word/footnotes.xml", footnotes);
    std::string out;
    if (zip_close(archive) == 0 && zip_source_open(buffer) == 0) {
        char chunk[65536];
        zip_int64_t n;
        while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
            out.append(chunk, static_cast<std::size_t>(n));
        zip_source_close(buffer);
    } else if (zip_close(archive) != 0) {
        zip_discard(archive);
    }
    zip_source_free(buffer);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto [document, rest] = clerk::fuzz::split_in_two(clerk::fuzz::text_of(data, size));
    auto [numbering, rest2] = clerk::fuzz::split_in_two(rest);
    auto [styles, footnotes] = clerk::fuzz::split_in_two(rest2);
    std::string package = pack(document, numbering, styles, footnotes);
    if (package.empty()) return 0;
    clerk::ImportResult result = clerk::import_docx("fuzz.docx", package);
    clerk::fuzz::require_reason(result);
    return 0;
}

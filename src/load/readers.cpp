// The reader table: add a line here to teach Clerk a new source format. Every command reads
// every format listed; `clerk import` writes what it read as Markdown.
#include "import/import.hpp"
#include "load/load.hpp"
#include "model/limits.hpp"
#include "xml/akn_reader.hpp"

namespace clerk {

namespace {

// Readers of other stages return their own result type; the table takes a LoadResult.
template <typename Result> LoadResult as_load_result(Result result) {
    return LoadResult{std::move(result.document), std::move(result.diagnostics), {}, "line"};
}

} // namespace

const std::vector<ReaderEntry>& readers() {
    static const std::vector<ReaderEntry> table{
        {"markdown", {".md", ".markdown"}, read_markdown, nullptr, limits::kMarkdownBytes, {}},
        {"akn",
         {".xml", ".akn"},
         [](SourceText s) { return as_load_result(xml::read_akn(std::move(s))); },
         nullptr,
         limits::kXmlBytes,
         {}},
        {"text", {".txt", ".text"}, nullptr, import_text, kMaxImportTextBytes, {}},
        {"docx", {".docx"}, nullptr, import_docx, kMaxDocxBytes, "PK\x03\x04"},
        {"pdf", {".pdf"}, nullptr, import_pdf, kMaxPdfBytes, "%PDF"},
        {"html", {".html", ".htm"}, nullptr, import_html, kMaxHtmlBytes, {}},
        {"word97", {".doc"}, nullptr, refuse_word97, kMaxDocxBytes, "\xD0\xCF\x11\xE0"},
    };
    return table;
}

} // namespace clerk

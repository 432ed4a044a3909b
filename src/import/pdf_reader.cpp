// The PDF importer: the text of the pages (pdf_text.hpp), then the same paragraphs,
// furniture, joining and structure rules as extracted text.
#include "import/import.hpp"
#include "import/import_pipeline.hpp"
#include "import/pdf_text.hpp"

namespace clerk {

ImportResult import_pdf(const std::string& path, std::string bytes) {
    ImportResult result;
    auto refuse = [&](std::string message, std::string suggestion) {
        result.diagnostics.push_back({Severity::Error,
                                      "import/input",
                                      std::move(message),
                                      path,
                                      {},
                                      std::move(suggestion),
                                      {}});
        return result;
    };
    if (bytes.size() > kMaxPdfBytes)
        return refuse("the PDF is too large to import (the limit is " +
                          std::to_string(kMaxPdfBytes >> 20) + " MB)",
                      "import the part of the PDF that holds the document");
    import::PdfText pdf = import::read_pdf_text(bytes, result.notes);
    if (!pdf.error.empty())
        return refuse(pdf.error, !pdf.help.empty()
                                     ? pdf.help
                                     : "check that the file is a PDF that opens in a PDF viewer; "
                                       "a scanned PDF needs its text recognised (OCR) first");
    bool any = false;
    for (const auto& line : pdf.lines)
        any = any || !line.blank();
    if (!any)
        return refuse("the PDF has no text (it may be a scan)",
                      "recognise its text first (OCR), or import the Word file it was made from");
    std::string source = import::text_of_lines(pdf.lines);
    std::vector<import::TextParagraph> paragraphs =
        import::paragraphs_of_lines(pdf.lines, result.notes);
    import::build_document({path, std::move(source), std::move(paragraphs), {}, 0, {}}, result);
    return result;
}

} // namespace clerk

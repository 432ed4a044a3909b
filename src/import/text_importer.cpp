// The plain-text importer: the checks that make text importable, then lines -> paragraphs
// (import_pipeline.hpp) -> document.
#include "import/import.hpp"
#include "import/import_pipeline.hpp"
#include "import/text_lines.hpp"
#include "import/text_utils.hpp"
#include "load/encoding.hpp"

namespace clerk {

namespace {

Diagnostic import_error(const std::string& path, std::string message, std::string suggestion,
                        std::uint32_t line = 0) {
    return {Severity::Error,
            "import/input",
            std::move(message),
            path,
            {{line, 0}, {line, 0}},
            std::move(suggestion),
            {}};
}

// Binary data: a NUL byte, or more than one control character in a hundred.
std::optional<std::size_t> binary_at(const std::string& text) {
    std::size_t controls = 0;
    std::size_t first = std::string::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == 0) return i;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
            ++controls;
            if (first == std::string::npos) first = i;
        }
    }
    if (controls * 100 > text.size() + 100) return first;
    return std::nullopt;
}

} // namespace

ImportResult import_text(const std::string& path, std::string text) {
    using namespace clerk::import;
    ImportResult result;
    if (text.size() > kMaxImportTextBytes) {
        result.diagnostics.push_back(import_error(
            path,
            "the text is too large to import (" + std::to_string(text.size() >> 20) +
                " MB; the limit is " + std::to_string(kMaxImportTextBytes >> 20) + " MB)",
            "import the part of the text that holds the document"));
        return result;
    }
    if (auto at = binary_at(text)) {
        result.diagnostics.push_back(import_error(
            path, "not a text file: binary data at byte " + std::to_string(*at),
            "import the text extracted from the PDF (pdftotext FILE.pdf FILE.txt) or the Word "
            "file itself (.docx)"));
        return result;
    }
    if (auto bad = check_utf8(path, text)) {
        result.diagnostics.push_back(std::move(*bad));
        return result;
    }
    if (trim_view(text).empty()) {
        result.diagnostics.push_back(import_error(path, "the file has no text", "check the path"));
        return result;
    }

    std::vector<TextLine> lines = split_lines(text);
    std::vector<TextParagraph> paragraphs = paragraphs_of_lines(lines, result.notes);
    build_document({path, std::move(text), std::move(paragraphs), {}, 0, {}}, result);
    return result;
}

} // namespace clerk

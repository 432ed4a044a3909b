// The plain-text importer: lines -> markup taken off -> page furniture dropped -> lines
// joined into paragraphs -> tables -> front matter -> structure -> document.
#include "import/document_assembly.hpp"
#include "import/front_matter_inference.hpp"
#include "import/heading_inference.hpp"
#include "import/import.hpp"
#include "import/line_joining.hpp"
#include "import/markup_cleanup.hpp"
#include "import/page_furniture.hpp"
#include "import/table_inference.hpp"
#include "import/text_lines.hpp"
#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"
#include "load/encoding.hpp"

#include <algorithm>

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

// The paragraph that titles the document: the first of the opening paragraphs that names
// a kind of document. It leaves the body only when it opens the text.
std::size_t find_title(const std::vector<import::TextParagraph>& ps) {
    for (std::size_t i = 0; i < ps.size() && i < 8; ++i) {
        if (ps[i].kind != import::TextParagraph::Kind::Text) continue;
        if (import::reads_as_document_title(ps[i].text) && !import::opens_numbered_unit(ps[i].text))
            return i;
    }
    return ps.size();
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
    for (TextLine& line : lines)
        clean_markup(line);
    drop_page_furniture(lines, result.notes);
    std::vector<TextParagraph> paragraphs = join_lines(lines, result.notes);
    infer_tables(paragraphs, result.notes);

    std::string title;
    std::uint32_t title_at = 0;
    std::size_t title_index = find_title(paragraphs);
    if (title_index < paragraphs.size()) {
        title = paragraphs[title_index].text;
        title_at = paragraphs[title_index].first_line;
        if (title_index == 0) paragraphs.erase(paragraphs.begin());
    }

    std::vector<ImportElement> elements = infer_structure(paragraphs, result.notes);
    Document doc;
    std::vector<std::string> texts;
    texts.reserve(lines.size());
    for (const TextLine& line : lines)
        if (!line.dropped) texts.push_back(line.text);
    fill_front_matter(doc.metadata, title, title_at, texts, result.notes);
    doc.source = SourceText(path, std::move(text));
    if (!assemble_document(doc, std::move(elements), result.notes, result.diagnostics))
        return result;
    std::stable_sort(result.notes.begin(), result.notes.end(),
                     [](const ImportNote& a, const ImportNote& b) { return a.line < b.line; });
    result.document = std::move(doc);
    return result;
}

} // namespace clerk

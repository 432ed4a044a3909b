#include "import/pack_import.hpp"

#include "import/import_pipeline.hpp"
#include "import/pdf_text.hpp"
#include "import/text_utils.hpp"
#include "io/files.hpp"
#include "load/encoding.hpp"

#include <filesystem>

namespace clerk {

namespace {

struct PackText {
    std::vector<import::TextLine> lines;
    std::vector<std::string> bookmarks;
    std::string source;
    std::optional<Diagnostic> error;
};

Diagnostic input_error(const std::string& path, std::string message, std::string suggestion) {
    return {
        Severity::Error, "import/input", std::move(message), path, {}, std::move(suggestion), {}};
}

PackText read_pack(const std::string& path, std::vector<ImportNote>& notes) {
    PackText out;
    std::string ext = ascii_lower(std::filesystem::path(path).extension().string());
    FileContents contents = read_file(path, ext == ".pdf" ? kMaxPdfBytes : kMaxImportTextBytes);
    if (!contents.bytes) {
        out.error = input_error(path, "cannot read file: " + contents.error,
                                "check the path and that the file is readable");
        return out;
    }
    std::string& bytes = *contents.bytes;
    if (bytes.rfind("%PDF", 0) == 0) {
        import::PdfText pdf = import::read_pdf_text(bytes, notes);
        if (!pdf.error.empty()) {
            out.error = input_error(
                path, pdf.error,
                !pdf.help.empty() ? pdf.help : "check that the file opens in a PDF viewer");
            return out;
        }
        out.source = import::text_of_lines(pdf.lines);
        out.lines = std::move(pdf.lines);
        out.bookmarks = std::move(pdf.bookmarks);
        return out;
    }
    if (ext != ".txt" && ext != ".text" && ext != ".md") {
        out.error =
            input_error(path, "a pack is split from a PDF or from the text extracted from one",
                        "give the pack's .pdf, or its text (pdftotext PACK.pdf PACK.txt)");
        return out;
    }
    if (auto bad = check_utf8(path, bytes)) {
        out.error = std::move(*bad);
        return out;
    }
    out.lines = import::split_lines(bytes);
    out.source = std::move(bytes);
    return out;
}

} // namespace

std::vector<import::PackPart> pack_parts_of(const std::string& path) {
    std::vector<ImportNote> notes;
    PackText text = read_pack(path, notes);
    if (text.error) return {};
    auto parts = import::find_pack_parts(text.lines, text.bookmarks);
    return import::is_pack(parts) ? parts : std::vector<import::PackPart>{};
}

PackImport import_pack(const std::string& path) {
    PackImport out;
    PackText text = read_pack(path, out.notes);
    if (text.error) {
        out.diagnostics.push_back(std::move(*text.error));
        return out;
    }
    std::vector<import::PackPart> parts = import::find_pack_parts(text.lines, text.bookmarks);
    if (parts.empty()) {
        out.diagnostics.push_back(input_error(path, "the pack has no text", "check the path"));
        return out;
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const import::PackPart& part = parts[k];
        PackDocument d;
        d.part = part;
        d.file_name = import::part_file_name(part, k);
        std::uint32_t first = text.lines.empty() ? 0 : text.lines[part.begin].number;
        out.notes.push_back({first, d.file_name + " (" + part.kind + ") starts here: " + part.why});
        // The other documents' lines are left out, not removed, so that lines keep the
        // pack's numbers.
        std::vector<import::TextLine> lines = text.lines;
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (i < part.begin || i >= part.end) lines[i].dropped = true;
        std::vector<ImportNote> notes;
        std::vector<import::TextParagraph> paragraphs = import::paragraphs_of_lines(lines, notes);
        // The furniture notes of other parts are theirs.
        for (ImportNote& n : notes)
            if (n.line == 0 || (n.line >= first && (part.end >= text.lines.size() ||
                                                    n.line < text.lines[part.end].number)))
                d.result.notes.push_back(std::move(n));
        import::ImportedText input{path, text.source, std::move(paragraphs), {}, 0, part.title};
        input.require_units = false;
        import::build_document(std::move(input), d.result);
        if (d.result.document) {
            Metadata& meta = d.result.document->metadata;
            meta.kind = part.kind;
            if (meta.title.empty()) meta.title = part.title;
        }
        out.documents.push_back(std::move(d));
    }
    // A report names the files of its appendices.
    for (PackDocument& d : out.documents) {
        if (d.part.appendices.empty() || !d.result.document) continue;
        nlohmann::ordered_json files = nlohmann::ordered_json::array();
        for (std::size_t a : d.part.appendices)
            files.push_back(out.documents[a].file_name);
        d.result.document->metadata.extra["appendices"] = files;
    }
    return out;
}

} // namespace clerk

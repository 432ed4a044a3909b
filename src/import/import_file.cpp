// Choosing the importer for a file, with the size limits and the refusals of formats that
// need converting first.
#include "import/import.hpp"
#include "import/text_utils.hpp"
#include "io/files.hpp"

#include <filesystem>
#include <fstream>

namespace clerk {

namespace {

/// The largest .docx package read (its parts are capped again when inflated).
constexpr std::size_t kMaxDocxBytes = 32u << 20;

ImportResult refuse(const std::string& path, std::string message, std::string suggestion) {
    ImportResult result;
    result.diagnostics.push_back(
        {Severity::Error, "import/input", std::move(message), path, {}, std::move(suggestion), {}});
    return result;
}

std::string magic_of(const std::string& path) {
    // A FIFO or device would block or never end here; read_file refuses them with a message.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return "";
    std::ifstream in(path, std::ios::binary);
    char buffer[8] = {};
    in.read(buffer, sizeof buffer);
    return std::string(buffer, static_cast<std::size_t>(in.gcount()));
}

} // namespace

ImportResult import_file(const std::string& path) {
    std::string ext = import::ascii_lower(std::filesystem::path(path).extension().string());
    std::string magic = magic_of(path);
    bool zip = magic.rfind("PK\x03\x04", 0) == 0 || magic.rfind("PK\x05\x06", 0) == 0;
    if (magic.rfind("%PDF", 0) == 0 || ext == ".pdf")
        return refuse(path, "a PDF file: clerk import reads the text extracted from it",
                      "extract the text first (pdftotext FILE.pdf FILE.txt) and import the .txt");
    if (magic.rfind("\xD0\xCF\x11\xE0", 0) == 0 || ext == ".doc")
        return refuse(path, "a Word 97-2003 .doc file: clerk import reads .docx",
                      "open it in Word or LibreOffice and save it as .docx");
    bool docx = zip || ext == ".docx";
    FileContents contents = read_file(path, docx ? kMaxDocxBytes : kMaxImportTextBytes);
    if (!contents.bytes) {
        std::string hint = contents.error.find("too large") != std::string::npos
                               ? "import the part of the document that holds the protocol"
                               : "check the path and that the file is readable";
        return refuse(path, "cannot read file: " + contents.error, hint);
    }
    if (docx) return import_docx(path, *contents.bytes);
    return import_text(path, std::move(*contents.bytes));
}

std::string format_import_report(const ImportResult& result) {
    std::string out;
    for (const ImportNote& note : result.notes) {
        if (note.line > 0) out += result.place + " " + std::to_string(note.line) + ": ";
        out += note.message + "\n";
    }
    return out;
}

} // namespace clerk

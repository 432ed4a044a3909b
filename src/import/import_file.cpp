// Importing a file goes through the reader table like every other read; this file keeps the
// refusal of the formats that need converting first and the `--report` text.
#include "import/import.hpp"

namespace clerk {

ImportResult import_file(const std::string& path) {
    return load_file(path);
}

ImportResult refuse_word97(const std::string& path, std::string) {
    ImportResult result;
    result.diagnostics.push_back({Severity::Error,
                                  "import/input",
                                  "a Word 97-2003 .doc file: Clerk reads .docx",
                                  path,
                                  {},
                                  "open it in Word or LibreOffice and save it as .docx",
                                  {}});
    return result;
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

#include "import/import.hpp"

namespace clerk {

ImportResult import_docx(const std::string& path, const std::string&) {
    ImportResult result;
    result.diagnostics.push_back(
        {Severity::Error, "import/docx", "reading .docx is not built yet", path, {}, "", {}});
    return result;
}

} // namespace clerk

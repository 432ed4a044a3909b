// Fuzzes the plain-text import (text extracted from a PDF or Word file).
#include "fuzz_support.hpp"
#include "import/import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    clerk::ImportResult result = clerk::import_text("fuzz.txt", clerk::fuzz::text_of(data, size));
    clerk::fuzz::require_reason(result);
    if (result.ok()) (void)clerk::format_import_report(result);
    return 0;
}

// Fuzzes the .docx import with raw bytes: the zip reader and its limits first of all.
#include "fuzz_support.hpp"
#include "import/import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    clerk::ImportResult result = clerk::import_docx("fuzz.docx", clerk::fuzz::text_of(data, size));
    clerk::fuzz::require_reason(result);
    return 0;
}

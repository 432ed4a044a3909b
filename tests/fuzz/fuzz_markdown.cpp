// Fuzzes the Markdown reader and, on what it accepts, the Markdown and JSON writers and the
// reading back of the canonical Markdown.
#include "fuzz_support.hpp"
#include "load/load.hpp"
#include "write/json_writer.hpp"
#include "write/markdown_writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    clerk::LoadResult result = clerk::load_text("fuzz.md", clerk::fuzz::text_of(data, size));
    clerk::fuzz::require_reason(result);
    if (!result.ok()) return 0;
    (void)clerk::write_json(*result.document);
    std::string canonical = clerk::write_markdown(*result.document);
    clerk::LoadResult again = clerk::load_text("canonical.md", canonical);
    clerk::fuzz::require_reason(again);
    return 0;
}

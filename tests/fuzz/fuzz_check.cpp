// Fuzzes the whole `clerk check` path on Markdown: reading, linking, every rule with the
// bundled reference data, suppressions and the three emitters.
#include "check/emit.hpp"
#include "check/engine.hpp"
#include "fuzz_support.hpp"
#include "link/links.hpp"
#include "load/load.hpp"
#include "refdata/bundled.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "fuzz.md";
    clerk::LoadResult loaded = clerk::load_text(path, clerk::fuzz::text_of(data, size));
    clerk::fuzz::require_reason(loaded);
    if (!loaded.ok()) return 0;
    // The bundled reference data, as `clerk check` uses when a council has none of its own.
    clerk::check::CheckResult result =
        clerk::check::check_document(*loaded.document, clerk::link_document(*loaded.document),
                                     clerk::refdata::bundled_reference_data(), {});
    clerk::check::Sources sources{{path, &loaded.document->source}};
    (void)clerk::check::emit_human(result.findings, sources, false);
    (void)clerk::check::emit_json(result.findings);
    (void)clerk::check::emit_sarif(result.findings);
    return 0;
}

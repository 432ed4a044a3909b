// Fuzzes the whole `clerk check` path on Markdown: reading, linking, every rule with the
// bundled reference data, suppressions and the three emitters.
#include "check/emit.hpp"
#include "check/engine.hpp"
#include "fuzz_support.hpp"
#include "load/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Named as if beside the bundled protocol, so that its constitution map and deprecated
    // titles are found as they would be for it.
    static const std::string path =
        std::string(CLERK_SOURCE_DIR) + "/protocol-text/southend/fuzz.md";
    clerk::LoadResult loaded = clerk::load_text(path, clerk::fuzz::text_of(data, size));
    clerk::fuzz::require_reason(loaded);
    if (!loaded.ok()) return 0;
    clerk::check::CheckConfig config;
    config.reference_dir = std::string(CLERK_SOURCE_DIR) + "/protocol-text/reference";
    clerk::check::CheckResult result = clerk::check::check_document(*loaded.document, config);
    clerk::check::Sources sources{{path, &loaded.document->source}};
    (void)clerk::check::emit_human(result.findings, sources, false);
    (void)clerk::check::emit_json(result.findings);
    (void)clerk::check::emit_sarif(result.findings);
    return 0;
}

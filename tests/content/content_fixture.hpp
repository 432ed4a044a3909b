// Helpers for the content-check tests: a document from inline Markdown and the bundled data.
#pragma once

#include "content/text_runs.hpp"
#include "refdata/load_refdata.hpp"
#include "support/helpers.hpp"

#include <string>
#include <vector>

namespace clerk::test {

/// The bundled reference data (loaded once).
inline const refdata::ReferenceData& bundled_data() {
    static const refdata::ReferenceData data = [] {
        std::vector<Diagnostic> errors;
        return refdata::load_reference_data(
            refdata::locate_reference_data(repo_path("protocol-text/southend/protocol.md")),
            errors);
    }();
    return data;
}

/// A loaded document and its text runs.
struct Fixture {
    Document document;
    std::vector<content::TextRun> runs;

    explicit Fixture(const std::string& body) {
        LoadResult result = load_markdown("---\ntitle: Fixture\n---\n\n" + body);
        if (!result.document) throw std::runtime_error("fixture does not load");
        document = std::move(*result.document);
        runs = content::text_runs(document);
    }
};

/// The codes of a list of diagnostics.
inline std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics)
        out.push_back(d.code);
    return out;
}

} // namespace clerk::test

// What a command needs for one document, gathered once: the document, its links, its
// configuration and its reference data. This is where Clerk reads files on a document's
// behalf; the stages below are handed what they need.
#pragma once

#include "check/engine.hpp"
#include "link/links.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "refdata/reference_data.hpp"

#include <optional>
#include <string>
#include <vector>

namespace clerk::cli {

/// The configuration for a document: `explicit_path` when given, else clerk.yaml beside the
/// document, else defaults. Problems (unreadable file, bad YAML, unknown rule) are appended.
check::CheckConfig config_for(const std::string& document_path, const std::string& explicit_path,
                              std::vector<Diagnostic>& problems);

/// The reference data for a document: the bundled data, with each part replaced by the
/// council's own file where there is one (the configuration's `reference:` and
/// `constitution_map:`, else beside the document: reference/ or ../reference/,
/// constitution-map.yaml, deprecated-titles.yaml). A constitution map naming another council
/// than the document's is left out. Never depends on the working folder.
refdata::ReferenceData reference_data_for(const std::string& document_path,
                                          const Document& document,
                                          const check::CheckConfig& config,
                                          std::vector<Diagnostic>& problems);

/// One document, loaded and linked once, with what the commands hand to the stages.
struct DocumentInputs {
    std::string path;
    std::optional<Document> document; ///< absent when the file could not be used
    Links links;
    check::CheckConfig config;
    refdata::ReferenceData data;
    std::vector<Diagnostic> diagnostics;     ///< from reading the document (errors, warnings)
    std::vector<Diagnostic> config_problems; ///< the configuration's problems
    std::vector<Diagnostic> problems;        ///< reference-data problems

    bool usable() const { return document.has_value(); }
};

/// Loads, links and gathers the configuration and reference data of `path`. A document that
/// cannot be read is a value with its diagnostics, not an exit.
DocumentInputs prepare_document(const std::string& path, const std::string& config_path,
                                bool with_parallels = true);

/// Resolves the references each covering document among `inputs` (a report, minutes, an
/// agenda) makes to numbers it does not contain against its appendices: the files its front
/// matter lists under `appendices:` (beside it), then the other documents checked with it
/// that cover none. A listed file that cannot be read is a warning of that document.
void link_appendices(std::vector<DocumentInputs>& inputs);

} // namespace clerk::cli

// The check engine: runs the rule table over a document, applies the configuration and
// in-document suppressions, and returns the findings sorted by position.
#pragma once

#include "rules/rule.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clerk::check {

/// Settings from clerk.yaml (beside the document, or given with --config).
struct CheckConfig {
    std::map<std::string, std::optional<Severity>> rules; ///< rule ID -> severity; nullopt = off
    std::string reference_dir;    ///< folder of shared reference data ("" = search)
    std::string constitution_map; ///< the council's constitution map ("" = search)
    std::string templates;        ///< folder of HTML templates ("" = the bundled ones)
    std::vector<std::string> kept_titles; ///< gendered titles of office the council keeps
    std::string path;             ///< the file it was read from ("" = none)
};

/// Reads a clerk.yaml; problems (bad YAML, unknown rule IDs, bad severities) are appended
/// to `diagnostics` with the file and line.
CheckConfig read_config(const std::string& path, std::vector<Diagnostic>& diagnostics);

/// The config for a document: `explicit_path` when given, else clerk.yaml beside the
/// document, else defaults.
CheckConfig config_for(const std::string& document_path, const std::string& explicit_path,
                       std::vector<Diagnostic>& diagnostics);

/// The result of checking one document.
struct CheckResult {
    std::vector<Diagnostic> findings; ///< rule findings, sorted, suppressions applied
    std::vector<Diagnostic> problems; ///< reference data, config and suppression problems
};

/// Runs one rule and stamps its ID and `severity` on each finding (and the document's file
/// on findings that name none).
std::vector<Diagnostic> run_rule(const Rule& rule, const RuleContext& context, Severity severity);

/// Links the document, loads its reference data and runs every enabled rule.
CheckResult check_document(const Document& document, const CheckConfig& config);

} // namespace clerk::check

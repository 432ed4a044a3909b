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
    std::string reference_dir;    ///< folder of shared reference data ("" = beside the document)
    std::string constitution_map; ///< the council's constitution map ("" = search)
    std::string templates;        ///< folder of HTML templates ("" = the bundled ones)
    std::vector<std::string> kept_titles; ///< gendered titles of office the council keeps
    std::string path;             ///< the file it was read from ("" = none)
};

/// Parses a clerk.yaml's text; problems (bad YAML, unknown rule IDs, bad severities) are
/// appended to `diagnostics` with the file and line. Paths in it are taken relative to `path`.
CheckConfig parse_config(const std::string& text, const std::string& path,
                         std::vector<Diagnostic>& diagnostics);

/// The result of checking one document.
struct CheckResult {
    std::vector<Diagnostic> findings; ///< rule findings, sorted, suppressions applied
    std::vector<Diagnostic> problems; ///< reference data, config and suppression problems
};

/// Runs one rule and stamps its ID and `severity` on each finding (and the document's file
/// on findings that name none).
std::vector<Diagnostic> run_rule(const Rule& rule, const RuleContext& context, Severity severity);

/// Runs every enabled rule over a linked document with the reference data it was handed. A
/// rule that cannot run for want of data says so once in `problems`.
CheckResult check_document(const Document& document, const Links& links,
                           const refdata::ReferenceData& data, const CheckConfig& config);

} // namespace clerk::check

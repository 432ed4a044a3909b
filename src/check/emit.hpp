// Diagnostic emitters: human text, JSON and SARIF 2.1.0, all from the same Diagnostic values.
#pragma once

#include "model/diagnostic.hpp"
#include "model/source.hpp"

#include <map>
#include <string>
#include <vector>

namespace clerk::check {

/// Source texts by path, so the human emitter can quote the line of each diagnostic.
using Sources = std::map<std::string, const SourceText*>;

/// `file:line:col: severity: message [rule]`, the source line, a caret under the span, the
/// suggestion and notes; ANSI colour when `colour` is true.
std::string emit_human(const std::vector<Diagnostic>& diagnostics, const Sources& sources,
                       bool colour);

/// {"format": "clerk/1", "diagnostics": [...]}.
std::string emit_json(const std::vector<Diagnostic>& diagnostics);

/// SARIF 2.1.0 with every rule of the rule table under tool.driver.rules; columns are UTF-16
/// code units, as SARIF counts them, where the source line is known.
std::string emit_sarif(const std::vector<Diagnostic>& diagnostics, const Sources& sources = {});

/// An output format of `clerk check`.
using Emitter = std::string (*)(const std::vector<Diagnostic>& diagnostics, const Sources& sources);

/// The emitter table: one line per `--format` of `clerk check`.
const std::map<std::string, Emitter>& emitters();

/// True when standard output is a terminal and NO_COLOR is not set.
bool stdout_wants_colour();

} // namespace clerk::check

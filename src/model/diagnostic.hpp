// Diagnostics: the one type for everything Clerk reports about a document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/source.hpp"

namespace clerk {

/// How serious a diagnostic is; ordered so that a larger value is more serious.
enum class Severity { Info = 0, Warning = 1, Error = 2 };

/// A secondary location with a message ("defined here", "also cited at").
struct DiagnosticNote {
    std::string message;
    std::string file;
    SourceSpan span;
};

/// One finding or problem, with where it is and what to do about it.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;       ///< rule ID (`ref/broken`) or reader code (`load/utf8`)
    std::string message;    ///< one sentence, no trailing period needed
    std::string file;       ///< path as given by the user
    SourceSpan span;        ///< primary location; line 0 when the whole file is meant
    std::string suggestion; ///< what to do or the replacement text; may be empty
    std::vector<DiagnosticNote> notes;
};

/// "error", "warning" or "info".
std::string_view to_string(Severity severity);
/// Parses "error", "warning", "info" (also "note"); returns false for anything else.
bool parse_severity(std::string_view text, Severity& out);

} // namespace clerk

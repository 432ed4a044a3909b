// Diagnostics: the one type for everything Clerk reports about a document.
#pragma once

#include "model/source.hpp"

#include <string>
#include <string_view>
#include <vector>

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

/// An error at `pos` of `file` (line 0 when the whole file is meant).
Diagnostic error_at(std::string file, SourcePos pos, std::string code, std::string message,
                    std::string suggestion = "");

/// "error", "warning" or "info".
std::string_view to_string(Severity severity);
/// Parses "error", "warning", "info" (also "note"); returns false for anything else.
bool parse_severity(std::string_view text, Severity& out);

} // namespace clerk

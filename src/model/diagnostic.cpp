#include "model/diagnostic.hpp"

namespace clerk {

std::string_view to_string(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "error";
}

bool parse_severity(std::string_view text, Severity& out) {
    if (text == "error")
        out = Severity::Error;
    else if (text == "warning")
        out = Severity::Warning;
    else if (text == "info" || text == "note")
        out = Severity::Info;
    else
        return false;
    return true;
}

Diagnostic error_at(std::string file, SourcePos pos, std::string code, std::string message,
                    std::string suggestion) {
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = std::move(code);
    d.message = std::move(message);
    d.file = std::move(file);
    d.span = {pos, pos};
    d.suggestion = std::move(suggestion);
    return d;
}

} // namespace clerk

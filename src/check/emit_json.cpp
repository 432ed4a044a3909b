#include "check/emit.hpp"
#include "rules/rule.hpp"

#include <nlohmann/json.hpp>

namespace clerk::check {

std::string emit_json(const std::vector<Diagnostic>& diagnostics) {
    nlohmann::ordered_json out;
    out["format"] = "clerk/1";
    auto& list = out["diagnostics"] = nlohmann::ordered_json::array();
    for (const Diagnostic& d : diagnostics) {
        nlohmann::ordered_json item{{"file", d.file},
                                    {"line", d.span.begin.line},
                                    {"column", d.span.begin.column},
                                    {"end_line", d.span.end.line},
                                    {"end_column", d.span.end.column},
                                    {"severity", to_string(d.severity)},
                                    {"rule", d.code},
                                    {"message", d.message}};
        if (!d.suggestion.empty()) item["suggestion"] = d.suggestion;
        if (!d.notes.empty()) {
            auto& notes = item["notes"] = nlohmann::ordered_json::array();
            for (const DiagnosticNote& n : d.notes)
                notes.push_back({{"message", n.message},
                                 {"file", n.file},
                                 {"line", n.span.begin.line},
                                 {"column", n.span.begin.column}});
        }
        list.push_back(std::move(item));
    }
    return out.dump(2) + "\n";
}

} // namespace clerk::check

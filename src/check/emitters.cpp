// The emitter table: the output formats of `clerk check`, one line each.
#include "check/emit.hpp"

namespace clerk::check {

namespace {

std::string human(const std::vector<Diagnostic>& diagnostics, const Sources& sources) {
    return emit_human(diagnostics, sources, stdout_wants_colour());
}

std::string json(const std::vector<Diagnostic>& diagnostics, const Sources&) {
    return emit_json(diagnostics);
}

std::string sarif(const std::vector<Diagnostic>& diagnostics, const Sources& sources) {
    return emit_sarif(diagnostics, sources);
}

} // namespace

const std::map<std::string, Emitter>& emitters() {
    static const std::map<std::string, Emitter> table{
        {"human", human},
        {"json", json},
        {"sarif", sarif},
    };
    return table;
}

} // namespace clerk::check

#include "check/emit.hpp"

#include <cstdlib>
#include <fmt/format.h>
#include <unistd.h>

namespace clerk::check {

namespace {

// Display width of a UTF-8 byte range: one column per character.
std::size_t display_width(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

const char* colour_of(Severity s) {
    switch (s) {
    case Severity::Error:
        return "\033[1;31m";
    case Severity::Warning:
        return "\033[1;33m";
    case Severity::Info:
        return "\033[1;36m";
    }
    return "";
}

std::string location(const std::string& file, SourcePos pos) {
    std::string out = file;
    if (pos.line > 0) out += fmt::format(":{}", pos.line);
    if (pos.column > 0) out += fmt::format(":{}", pos.column);
    return out;
}

} // namespace

bool stdout_wants_colour() {
    const char* no_colour = std::getenv("NO_COLOR");
    return ::isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
}

std::string emit_human(const std::vector<Diagnostic>& diagnostics, const Sources& sources,
                       bool colour) {
    std::string out;
    const char* bold = colour ? "\033[1m" : "";
    const char* reset = colour ? "\033[0m" : "";
    for (const Diagnostic& d : diagnostics) {
        out += fmt::format("{}{}:{} {}{}:{} {}{}", bold, location(d.file, d.span.begin), reset,
                           colour ? colour_of(d.severity) : "", to_string(d.severity), reset,
                           d.message, d.code.empty() ? "" : " [" + d.code + "]");
        out += "\n";
        auto it = sources.find(d.file);
        if (it != sources.end() && d.span.begin.line > 0) {
            std::string_view line = it->second->line(d.span.begin.line);
            std::size_t col = d.span.begin.column > 0 ? d.span.begin.column - 1 : 0;
            if (col <= line.size()) {
                std::size_t width = 1;
                if (d.span.end.line == d.span.begin.line &&
                    d.span.end.column >= d.span.begin.column)
                    width = display_width(
                        line.substr(col, d.span.end.column - d.span.begin.column + 1));
                out += fmt::format("  {}\n", line);
                out += fmt::format("  {}{}^{}{}\n",
                                   std::string(display_width(line.substr(0, col)), ' '),
                                   colour ? colour_of(d.severity) : "",
                                   std::string(width > 1 ? width - 1 : 0, '~'), reset);
            }
        }
        if (!d.suggestion.empty()) out += fmt::format("  help: {}\n", d.suggestion);
        for (const DiagnosticNote& n : d.notes)
            out += fmt::format("  note: {}: {}\n", location(n.file, n.span.begin), n.message);
    }
    return out;
}

} // namespace clerk::check

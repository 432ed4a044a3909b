#include "check/suppression.hpp"

#include "rules/rule.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <regex>
#include <string>

namespace clerk::check {

namespace {

struct Suppression {
    std::uint32_t first_line;
    std::uint32_t last_line;
    std::vector<std::string> rules; // empty: every rule
};

bool blank(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

void collect(const Document& doc, const std::vector<Block>& blocks, std::vector<Suppression>& out,
             std::vector<Diagnostic>& problems) {
    static const std::regex directive(R"(<!--\s*clerk-disable-next-line\b([^>]*?)-->)");
    for (const Block& block : blocks) {
        if (block.kind != BlockKind::RawHtml) continue;
        std::smatch m;
        if (!std::regex_search(block.text, m, directive)) continue;
        Suppression s;
        std::string ids = m[1].str();
        static const std::regex id(R"([a-z]+/[a-z-]+)");
        for (auto it = std::sregex_iterator(ids.begin(), ids.end(), id);
             it != std::sregex_iterator(); ++it) {
            if (!find_rule(it->str())) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.code = "check/unknown-rule";
                d.file = doc.source.path();
                d.span = block.span;
                d.message =
                    fmt::format("clerk-disable-next-line names unknown rule '{}'", it->str());
                d.suggestion = "run `clerk rules` for the list of rule IDs";
                problems.push_back(std::move(d));
            }
            s.rules.push_back(it->str());
        }
        // The next block: from the first non-blank line after the comment to the next blank line.
        std::uint32_t line = block.span.end.line + 1;
        while (line <= doc.source.line_count() && blank(doc.source.line(line)))
            ++line;
        s.first_line = line;
        while (line + 1 <= doc.source.line_count() && !blank(doc.source.line(line + 1)))
            ++line;
        s.last_line = line;
        out.push_back(std::move(s));
    }
}

} // namespace

void apply_suppressions(const Document& document, std::vector<Diagnostic>& findings,
                        std::vector<Diagnostic>& problems) {
    std::vector<Suppression> suppressions;
    for (const Unit& unit : document.units)
        collect(document, unit.blocks, suppressions, problems);
    if (suppressions.empty()) return;
    auto suppressed = [&](const Diagnostic& d) {
        for (const Suppression& s : suppressions) {
            if (d.span.begin.line < s.first_line || d.span.begin.line > s.last_line) continue;
            if (s.rules.empty() ||
                std::find(s.rules.begin(), s.rules.end(), d.code) != s.rules.end())
                return true;
        }
        return false;
    };
    findings.erase(std::remove_if(findings.begin(), findings.end(), suppressed), findings.end());
}

} // namespace clerk::check

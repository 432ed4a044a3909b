#include "check/suppression.hpp"

#include "rules/rule.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <string>

namespace clerk::check {

namespace {

struct Suppression {
    std::uint32_t first_line;
    std::uint32_t last_line;
    std::vector<std::string> rules; // empty: every rule
    SourceSpan comment;             // where the comment is written
    std::vector<bool> used;         // per rule named (one entry for "every rule")
};

bool blank(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

bool id_char(char c) {
    return (c >= 'a' && c <= 'z') || c == '-' || c == '/';
}

// The rule IDs named after the directive: words of the form family/name.
std::vector<std::string> named_ids(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!id_char(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && id_char(text[j]))
            ++j;
        std::string_view word = text.substr(i, j - i);
        std::size_t slash = word.find('/');
        if (slash != std::string_view::npos && slash > 0 && slash + 1 < word.size() &&
            word.find('/', slash + 1) == std::string_view::npos)
            out.emplace_back(word);
        i = j;
    }
    return out;
}

Diagnostic problem(const Document& doc, SourceSpan span, const char* code, std::string message,
                   std::string help) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = code;
    d.file = doc.source.path();
    d.span = span;
    d.message = std::move(message);
    d.suggestion = std::move(help);
    return d;
}

// Every `<!-- clerk-disable-next-line ... -->` in the blocks, list items and quotes included.
void collect(const Document& doc, const std::vector<Block>& blocks, std::vector<Suppression>& out,
             std::vector<Diagnostic>& problems) {
    static constexpr std::string_view kDirective = "clerk-disable-next-line";
    for (const Block& block : blocks) {
        collect(doc, block.children, out, problems);
        if (block.kind != BlockKind::RawHtml) continue;
        std::string_view text = block.text;
        std::size_t open = text.find("<!--");
        if (open == std::string_view::npos) continue;
        std::size_t close = text.find("-->", open);
        if (close == std::string_view::npos) continue;
        std::string_view inside = text.substr(open + 4, close - open - 4);
        std::size_t lead = inside.find_first_not_of(" \t\r\n");
        if (lead == std::string_view::npos || inside.substr(lead, kDirective.size()) != kDirective)
            continue;
        std::string_view rest = inside.substr(lead + kDirective.size());
        if (!rest.empty() && id_char(rest[0])) continue; // another directive
        Suppression s;
        s.comment = block.span;
        for (std::string& id : named_ids(rest)) {
            if (!find_rule(id))
                problems.push_back(
                    problem(doc, block.span, "check/unknown-rule",
                            fmt::format("clerk-disable-next-line names unknown rule '{}'", id),
                            "run `clerk rules` for the list of rule IDs"));
            s.rules.push_back(std::move(id));
        }
        s.used.assign(std::max<std::size_t>(1, s.rules.size()), false);
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
                        std::vector<Diagnostic>& problems, const std::set<std::string>& ran) {
    std::vector<Suppression> suppressions;
    for (const Unit& unit : document.units)
        collect(document, unit.blocks, suppressions, problems);
    if (suppressions.empty()) return;
    auto suppressed = [&](const Diagnostic& d) {
        bool hit = false;
        for (Suppression& s : suppressions) {
            if (d.span.begin.line < s.first_line || d.span.begin.line > s.last_line) continue;
            if (s.rules.empty()) {
                s.used[0] = hit = true;
                continue;
            }
            for (std::size_t k = 0; k < s.rules.size(); ++k)
                if (s.rules[k] == d.code) s.used[k] = hit = true;
        }
        return hit;
    };
    findings.erase(std::remove_if(findings.begin(), findings.end(), suppressed), findings.end());
    // A suppression that silences nothing is stale (as ruff's RUF100 reports unused noqa); a
    // rule that did not run (turned off) cannot be said to have been silenced.
    for (const Suppression& s : suppressions) {
        if (s.rules.empty()) {
            if (!s.used[0])
                problems.push_back(problem(document, s.comment, "check/unused-suppression",
                                           "clerk-disable-next-line silences nothing here",
                                           "remove the comment"));
            continue;
        }
        for (std::size_t k = 0; k < s.rules.size(); ++k)
            if (!s.used[k] && find_rule(s.rules[k]) && ran.count(s.rules[k]))
                problems.push_back(problem(
                    document, s.comment, "check/unused-suppression",
                    fmt::format("clerk-disable-next-line names '{}', which finds nothing here",
                                s.rules[k]),
                    "remove the rule from the comment, or the comment"));
    }
}

} // namespace clerk::check

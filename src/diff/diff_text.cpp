// The terminal summary and the Markdown schedule of changes.
#include "diff/diff_output.hpp"

#include <fmt/format.h>

namespace clerk::diff {

namespace {

// Markdown table cells: pipes escaped, no line breaks.
std::string cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

const char* colour_of(const ScheduleRow& row) {
    if (row.change == "Added") return "\x1b[32m";
    if (row.change == "Removed") return "\x1b[31m";
    if (row.renumbering) return "\x1b[2m";
    if (row.change == "Amended") return "\x1b[33m";
    return "\x1b[36m";
}

} // namespace

std::string summary_line(const Schedule& s, const DocumentDiff& diff) {
    if (diff.identical()) return "no changes";
    std::string out = fmt::format("{} added, {} removed, {} amended, {} moved; {} renumbered",
                                  s.added, s.removed, s.amended, s.moved, s.renumbered);
    out += fmt::format("; {} consequential reference change{}", s.consequential.size(),
                       s.consequential.size() == 1 ? "" : "s");
    if (!s.drifts.empty())
        out += fmt::format("; {} parallel provision{} drifted apart", s.drifts.size(),
                           s.drifts.size() == 1 ? "" : "s");
    return out;
}

std::string write_diff_text(const DocumentDiff& diff, const Schedule& s, const DiffLabels& labels,
                            bool colour) {
    std::string out = fmt::format("{} -> {}: ", labels.old_name, labels.new_name);
    if (diff.identical()) {
        return out + fmt::format("no changes: the same {} units with the same text\n",
                                 diff.after->units.size());
    }
    out += summary_line(s, diff) + "\n";
    std::size_t total = std::max(diff.before->units.size(), diff.after->units.size());
    if (total > 4 && diff.matched * 4 < total)
        out += fmt::format("note: only {} of {} units match; these may not be versions of the "
                           "same document\n",
                           diff.matched, total);
    const char* reset = colour ? "\x1b[0m" : "";
    for (const ScheduleRow& row : s.rows) {
        out += fmt::format("{}{:<18}{} {:>9} -> {:<9} {}\n", colour ? colour_of(row) : "",
                           row.change, reset, row.old_number.empty() ? "-" : row.old_number,
                           row.new_number.empty() ? "-" : row.new_number, row.summary);
    }
    for (const ConsequentialRow& c : s.consequential)
        out += fmt::format("{:<18} {:>9}    {}\n", "Consequential", c.unit, c.summary);
    for (const std::string& d : s.drifts)
        out += fmt::format("{}{:<18}{} {}\n", colour ? "\x1b[35m" : "", "Drift", reset, d);
    return out;
}

std::string write_diff_markdown(const DocumentDiff& diff, const Schedule& s,
                                const DiffLabels& labels) {
    const Document& after = *diff.after;
    std::string title = after.metadata.title.empty() ? "the document" : after.metadata.title;
    std::string out = fmt::format("# Schedule of changes: {}\n\n", title);
    out += fmt::format("Changes from {} to {}.\n\n", labels.old_name, labels.new_name);
    if (diff.identical()) return out + "There are no changes: the two versions are the same.\n";
    out += "In summary: " + summary_line(s, diff) + ".\n\n";
    out += "| Old | New | Change | What changed | Reason |\n";
    out += "|---|---|---|---|---|\n";
    for (const ScheduleRow& row : s.rows)
        out += fmt::format(
            "| {} | {} | {} | {} |  |\n", row.old_number.empty() ? "–" : row.old_number,
            row.new_number.empty() ? "–" : row.new_number, row.change, cell(row.summary));
    if (!s.consequential.empty()) {
        out += "\n## References updated by the renumbering\n\n"
               "These follow from the changes above and need no decision.\n\n"
               "| Clause | Reference |\n|---|---|\n";
        for (const ConsequentialRow& c : s.consequential)
            out += fmt::format("| {} | {} |\n", c.unit, cell(c.summary));
    }
    if (!s.drifts.empty()) {
        out += "\n## Provisions that no longer match\n\n";
        for (const std::string& d : s.drifts)
            out += "- " + d + ".\n";
    }
    return out;
}

} // namespace clerk::diff

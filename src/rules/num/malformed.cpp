#include "rules/rule.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace clerk::check {

namespace {

// What went wrong in a number as written, read against the number it was taken for.
std::string slip_in(const std::string& written, const std::string& meant) {
    if (written.find("..") != std::string::npos) return "a doubled dot";
    if (written.find(',') != std::string::npos) return "a comma for a dot";
    for (char c : written)
        if (std::isalpha(static_cast<unsigned char>(c))) return "a letter where a digit should be";
    return fmt::format("a dot left out ({} is {} levels deep, like the clauses around it)", meant,
                       std::count(meant.begin(), meant.end(), '.') + 1);
}

void find_num_malformed(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    for (const Unit& unit : ctx.document.units) {
        if ((unit.kind != UnitKind::Clause && unit.kind != UnitKind::Section) || unit.explicit_id ||
            unit.number.empty())
            continue;
        std::string written = unit.number;
        if (written.back() == '.' && written.find("..") == std::string::npos) written.pop_back();
        // The reader gives a number written with a slip the ID of the number meant. Labels
        // of other forms ("(a)" for the ID "1(a)") are not numbers with a slip.
        bool number_like = std::all_of(written.begin(), written.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' ||
                   c == 'O' || c == 'o' || c == 'l' || c == 'I';
        });
        if (written == unit.id || !number_like) continue;
        SourcePos end{unit.number_pos.line,
                      unit.number_pos.column + static_cast<std::uint32_t>(unit.number.size()) - 1};
        out.push_back(finding(ctx.document, {unit.number_pos, end},
                              fmt::format("malformed number '{}' ({}); read as {}", unit.number,
                                          slip_in(unit.number, unit.id), unit.id),
                              unit.id));
    }
}

} // namespace

Rule rule_num_malformed() {
    return {"num/malformed", Severity::Warning,
            "a clause number with a typing slip, and the number it stands for",
            "What it does: reports a clause number written with a slip: a doubled dot ('5..7'), a "
            "comma for a dot ('5,7'), a letter for a digit ('5.O'), or a dot left out ('7.17' "
            "among 7.1.6 and 7.1.8). The reader takes the number meant from the numbering around "
            "it, so the clause keeps its place and no gap is reported after it. Why: a mistyped "
            "number hides the clause from references and makes a correct sequence look broken. "
            "Example: '5..7 To carry out their duties ...' after 5.6 is 5.7.",
            find_num_malformed};
}

} // namespace clerk::check

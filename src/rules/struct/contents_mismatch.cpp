#include "model/plain_text.hpp"
#include "rules/rule.hpp"
#include "text/pattern.hpp"

#include <cctype>
#include <fmt/format.h>

namespace clerk::check {

namespace {

std::string normal(const std::string& s) {
    std::string out;
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c))
            out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

struct Entry {
    std::string number;
    std::string title;
    SourcePos pos;
};

// Entries of a bullet list ("9.3 Access to Information ..... 12") or of an ordered list
// whose numbers are the section numbers ("1. Introduction").
std::vector<Entry> entries_of(const Block& list) {
    static const ::clerk::text::Pattern entry(
        R"(((?:\d{1,2}(?:\.\d{1,3})*)|Appendix \d{1,2})\.?\s+(.+?)(?:\s*\.{2,}\s*\d+|\s+\d{1,3})?\s*)");
    static const ::clerk::text::Pattern title_only(R"((.+?)(?:\s*\.{2,}\s*\d+|\s+\d{1,3})?\s*)");
    std::vector<Entry> out;
    int number = list.start;
    for (const Block& item : list.children) {
        int this_number = number++;
        if (item.children.empty() || item.children.front().kind != BlockKind::Paragraph) continue;
        PlainText text = positioned_text(item.children.front().inlines);
        ::clerk::text::PatternMatch m;
        if (list.kind == BlockKind::OrderedList) {
            if (title_only.full_match(text.text, &m))
                out.push_back({std::to_string(this_number), m.str(1), text.position(0)});
        } else if (entry.full_match(text.text, &m)) {
            out.push_back({m.str(1), m.str(2), text.position(0)});
        }
    }
    return out;
}

std::string id_of(const std::string& number) {
    return number.rfind("Appendix", 0) == 0 ? "appendix-" + number.substr(9) : number;
}

void find_in(const RuleContext& ctx, const std::vector<Block>& blocks,
             std::vector<Diagnostic>& out) {
    for (const Block& block : blocks) {
        if (block.kind != BlockKind::BulletList && block.kind != BlockKind::OrderedList) continue;
        auto entries = entries_of(block);
        // A contents list: at least three entries, most of them naming their headings exactly.
        int agreeing = 0;
        for (const Entry& e : entries) {
            UnitIndex u = ctx.document.find(id_of(e.number));
            if (u != kNoUnit &&
                normal(ctx.document.units[static_cast<std::size_t>(u)].title) == normal(e.title))
                ++agreeing;
        }
        if (entries.size() < 3 || agreeing * 2 < static_cast<int>(entries.size())) continue;
        for (const Entry& e : entries) {
            UnitIndex u = ctx.document.find(id_of(e.number));
            if (u == kNoUnit) {
                out.push_back(finding(
                    ctx.document, {e.pos, e.pos},
                    fmt::format(
                        "the contents list names {} '{}', which is not a heading of the document",
                        e.number, e.title),
                    "remove the entry or restore the section"));
                continue;
            }
            const Unit& unit = ctx.document.units[static_cast<std::size_t>(u)];
            if (normal(unit.title) != normal(e.title))
                out.push_back(
                    finding(ctx.document, {e.pos, e.pos},
                            fmt::format("the contents list calls {} '{}' but its heading says '{}'",
                                        e.number, e.title, unit.title),
                            "make the contents entry match the heading"));
        }
    }
}

void find_struct_contents_mismatch(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    for (const Unit& unit : ctx.document.units)
        find_in(ctx, unit.blocks, out);
}

} // namespace

Rule rule_struct_contents_mismatch() {
    return {
        "struct/contents-mismatch", Severity::Warning,
        "a contents list that disagrees with the headings",
        "What it does: finds a list of section numbers and titles (a contents page) and reports "
        "entries whose number is not a heading or whose title differs from the heading's. Why: "
        "contents pages are typed by hand and are not updated when headings change. Example: "
        "the contents says '8. Decision Making' and the heading reads '8. Decisions'.",
        find_struct_contents_mismatch};
}

} // namespace clerk::check

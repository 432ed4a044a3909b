#include "import/page_furniture.hpp"

#include "import/list_glyphs.hpp"
#include "import/text_utils.hpp"
#include "load/clause_number.hpp"

#include <cctype>
#include <map>

namespace clerk::import {

namespace {

bool all_digits(std::string_view s) {
    if (s.empty() || s.size() > 3) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

// A line's shape for spotting repeats: trimmed, digits folded, spaces collapsed.
std::string shape(std::string_view text) {
    std::string out;
    for (char c : trim_view(text)) {
        if (std::isdigit(static_cast<unsigned char>(c))) c = '#';
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
    }
    return out;
}

const TextLine* neighbour(const std::vector<TextLine>& lines, std::size_t i, int step) {
    for (auto k = static_cast<std::ptrdiff_t>(i) + step;
         k >= 0 && k < static_cast<std::ptrdiff_t>(lines.size()); k += step) {
        const TextLine& line = lines[static_cast<std::size_t>(k)];
        if (!line.blank() && !line.dropped) return &line;
    }
    return nullptr;
}

// The repeat sits where it breaks the running text: inside a list, or between a line cut
// mid-sentence and its continuation.
bool interrupts_text(const std::vector<TextLine>& lines, std::size_t i) {
    const TextLine* before = neighbour(lines, i, -1);
    const TextLine* after = neighbour(lines, i, +1);
    if (!before || !after) return false;
    bool before_open = match_list_glyph(before->text) || !ends_sentence(before->text) ||
                       trim_view(before->text).back() == ':';
    bool after_continues = match_list_glyph(after->text) || starts_lower(after->text);
    return before_open && after_continues;
}

// A number on the line right after a line cut mid-sentence ends that sentence ("... the
// Localism Act" / "2011"): it is text, not a page number.
bool continues_line(const std::vector<TextLine>& lines, const TextLine& line) {
    std::size_t i = static_cast<std::size_t>(&line - lines.data());
    if (i == 0) return false;
    const TextLine& before = lines[i - 1];
    return !before.blank() && !before.dropped && ends_open(before.text);
}

} // namespace

bool is_url_line(std::string_view text) {
    std::string_view t = trim_view(text);
    if (t.find(' ') != std::string_view::npos) return false;
    std::string lower = ascii_lower(t);
    return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0 ||
           (lower.rfind("www.", 0) == 0 && lower.size() > 8);
}

bool is_page_number_line(std::string_view text) {
    std::string t = ascii_lower(trim_view(text));
    std::vector<std::string_view> words = split_words(t);
    if (words.empty()) return false;
    if (words.size() == 1) return all_digits(words[0]);
    if (words.size() == 2 && words[0] == "page") return all_digits(words[1]);
    if (words.size() == 3 && (words[0] == "-" || words[0] == "–") && words[2] == words[0])
        return all_digits(words[1]);
    if (words.size() == 3 && words[1] == "of") return all_digits(words[0]) && all_digits(words[2]);
    if (words.size() == 4 && words[0] == "page" && words[2] == "of")
        return all_digits(words[1]) && all_digits(words[3]);
    return false;
}

bool is_web_furniture_line(std::string_view text) {
    std::string t = ascii_lower(trim_view(text));
    return t == "skip to content" || t == "skip to main content" ||
           t.rfind("page updated", 0) == 0 || t.rfind("page last updated", 0) == 0 ||
           t.rfind("this page was last updated", 0) == 0;
}

bool is_blank_page_notice(std::string_view text) {
    std::string t = ascii_lower(trim_view(text));
    while (!t.empty() && (t.back() == '.' || t.back() == ' '))
        t.pop_back();
    return t == "this page is intentionally left blank" ||
           t == "this page has been intentionally left blank" ||
           t == "page intentionally left blank" || t == "intentionally left blank" ||
           t == "this page intentionally left blank";
}

void drop_page_furniture(std::vector<TextLine>& lines, std::vector<ImportNote>& notes) {
    for (TextLine& line : lines) {
        if (line.blank()) continue;
        if (is_web_furniture_line(line.text)) {
            line.dropped = true;
            notes.push_back({line.number, "dropped page furniture \"" + line.text + "\""});
        } else if (is_blank_page_notice(line.text)) {
            line.dropped = true;
            notes.push_back({line.number, "dropped \"" + line.text + "\""});
        } else if (is_url_line(line.text)) {
            line.dropped = true;
            notes.push_back({line.number, "dropped footer URL " + line.text});
        } else if (is_page_number_line(line.text) && !continues_line(lines, line)) {
            line.dropped = true;
            notes.push_back({line.number, "dropped page number \"" + line.text + "\""});
        }
    }

    // Running headers and footers: short lines that come back on three or more pages.
    std::map<std::string, std::vector<std::size_t>> repeats;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const TextLine& line = lines[i];
        if (line.blank() || line.dropped || line.text.find('\t') != std::string::npos) continue;
        if (display_length(line.text) > 60 || ends_sentence(line.text)) continue;
        if (match_list_glyph(line.text) || match_clause_number(line.text)) continue;
        repeats[shape(line.text)].push_back(i);
    }
    for (const auto& [text, where] : repeats) {
        if (where.size() < 3) continue;
        std::size_t interrupting = 0;
        for (std::size_t i : where)
            interrupting += interrupts_text(lines, i) ? 1 : 0;
        if (interrupting * 2 < where.size()) continue;
        for (std::size_t i : where) {
            lines[i].dropped = true;
            notes.push_back({lines[i].number, "dropped running header or footer \"" +
                                                  lines[i].text + "\" (repeated " +
                                                  std::to_string(where.size()) + " times)"});
        }
    }
}

} // namespace clerk::import

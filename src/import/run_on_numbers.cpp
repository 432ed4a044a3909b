#include "import/run_on_numbers.hpp"

#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::import {

namespace {

std::vector<int> parts_of(const std::string& id) {
    std::vector<int> parts;
    int value = 0;
    bool any = false;
    for (char c : id) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            value = value * 10 + (c - '0');
            any = true;
        } else if (c == '.') {
            parts.push_back(value);
            value = 0;
            any = false;
        } else {
            return {};
        }
    }
    if (any) parts.push_back(value);
    return parts;
}

// The number opening a paragraph, if any.
std::string number_at_start(const TextParagraph& p) {
    if (p.kind != TextParagraph::Kind::Text) return {};
    if (auto clause = match_clause_number(p.text)) return clause->id;
    if (auto heading = match_heading_line(p.text)) return heading->id;
    return {};
}

} // namespace

bool may_follow(const std::string& previous, const std::string& next) {
    std::vector<int> a = parts_of(previous), b = parts_of(next);
    if (a.empty() || b.empty()) return false;
    if (b.size() == a.size() + 1) // first child
        return std::equal(a.begin(), a.end(), b.begin()) && b.back() == 1;
    if (b.size() > a.size()) return false;
    // The next of the same level or of an ancestor.
    for (std::size_t i = 0; i + 1 < b.size(); ++i)
        if (a[i] != b[i]) return false;
    return b.back() == a[b.size() - 1] + 1;
}

void split_run_on_numbers(std::vector<TextParagraph>& ps, std::vector<ImportNote>& notes) {
    std::string last;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        TextParagraph& p = ps[i];
        if (std::string n = number_at_start(p); !n.empty()) last = n;
        if (p.kind != TextParagraph::Kind::Text || last.empty() || p.text.size() > 20000) continue;
        for (std::size_t at = 1; at + 1 < p.text.size(); ++at) {
            if (p.text[at] != ' ') continue;
            char before = p.text[at - 1];
            if (before != '.' && before != ':' && before != ';') continue;
            std::size_t start = at;
            while (start < p.text.size() && p.text[start] == ' ')
                ++start;
            if (start >= p.text.size() || !std::isdigit(static_cast<unsigned char>(p.text[start])))
                continue;
            // A no-break space after the number (Word, web pages) is a space.
            std::string rest = p.text.substr(start);
            for (std::size_t k = 0; k < 12 && k + 1 < rest.size(); ++k)
                if (rest.compare(k, 2, "\u00A0") == 0) rest.replace(k, 2, " ");
            auto number = match_clause_number(rest);
            if (!number || !may_follow(last, number->id)) continue;
            TextParagraph tail = p;
            tail.text = rest;
            tail.first_line = p.line_at(start);
            tail.line_starts.clear();
            for (const auto& [offset, line] : p.line_starts)
                if (offset > start) tail.line_starts.emplace_back(offset - start, line);
            tail.blank_before = false;
            tail.inlines.clear();
            p.inlines.clear();
            p.text = trim_copy(p.text.substr(0, at));
            p.last_line = tail.first_line;
            notes.push_back({tail.first_line, "split " + number->written +
                                                  " off the line before: a clause number run "
                                                  "onto the end of a sentence"});
            ps.insert(ps.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(tail));
            break; // the tail is the next paragraph and is scanned in its turn
        }
    }
}

} // namespace clerk::import

#include "import/line_joining.hpp"

#include "import/list_glyphs.hpp"
#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"

#include <set>

namespace clerk::import {

namespace {

constexpr std::string_view kSoftHyphen = "\u00AD";

// Every word of the text, lower case, hyphens kept: the document's own spelling list.
std::set<std::string> spelling_list(const std::vector<TextLine>& lines) {
    std::set<std::string> words;
    for (const TextLine& line : lines) {
        std::string word;
        for (char c : line.text + " ") {
            if (std::isalpha(static_cast<unsigned char>(c)) || c == '-') {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            } else {
                if (word.size() > 1) words.insert(word);
                word.clear();
            }
        }
    }
    return words;
}

std::string last_word(std::string_view text) {
    auto words = split_words(text);
    return words.empty() ? std::string() : ascii_lower(words.back());
}

// Runs of spaces inside running text are extraction artefacts ("implement  decisions").
std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
    }
    return out;
}

std::string first_word(std::string_view text) {
    auto words = split_words(text);
    std::string w = words.empty() ? std::string() : ascii_lower(words.front());
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back())))
        w.pop_back();
    return w;
}

class Joiner {
  public:
    Joiner(const std::vector<TextLine>& lines, std::vector<ImportNote>& notes)
        : lines_(lines), notes_(notes), width_(typical_width(lines)), words_(spelling_list(lines)) {
    }

    std::vector<TextParagraph> run() {
        bool blank = true;
        for (const TextLine& line : lines_) {
            if (line.dropped) continue;
            if (line.blank()) {
                blank = true;
                continue;
            }
            add(line, blank);
            blank = false;
        }
        return std::move(out_);
    }

  private:
    bool is_short(const TextParagraph& p) const {
        return (display_length(p.last_text) + p.last_indent) * 10 < width_ * 7;
    }

    // Whether `line`, with no blank line before it, continues paragraph `p`.
    bool continues(const TextParagraph& p, const TextLine& line) const {
        if (p.closed) return false;
        if (p.kind == TextParagraph::Kind::ListItem && p.text.empty()) return true;
        bool ended = ends_sentence(p.last_text);
        if (opens_numbered_unit(line.text) && (ended || is_short(p))) return false;
        // A numbered title on a line of its own is never the tail of a wrapped sentence.
        if (is_heading_line(line.text)) return false;
        if (is_short(p) && (ended || !starts_lower(line.text))) return false;
        return true;
    }

    void append(TextParagraph& p, const TextLine& line) {
        std::string& text = p.text;
        std::string collapsed = collapse_spaces(line.text);
        std::string_view next = collapsed;
        bool soft =
            text.size() >= kSoftHyphen.size() &&
            text.compare(text.size() - kSoftHyphen.size(), kSoftHyphen.size(), kSoftHyphen) == 0;
        if (soft) {
            text.erase(text.size() - kSoftHyphen.size());
            text += next;
        } else if (text.size() > 1 && text.back() == '-' &&
                   std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) &&
                   starts_lower(next)) {
            // "cross-" + "cutting": keep the hyphen unless the document spells the word
            // without it elsewhere and never with it.
            std::string head = last_word(text);
            head.pop_back();
            std::string tail = first_word(next);
            bool solid = words_.count(head + tail) && !words_.count(head + "-" + tail);
            if (solid) text.pop_back();
            text += next;
            notes_.push_back(
                {line.number, std::string("joined the word broken at the line end as \"") + head +
                                  (solid ? "" : "-") + tail + "\""});
        } else {
            if (!text.empty()) text += ' ';
            text += next;
        }
        p.last_line = line.number;
        p.last_text = line.text;
        p.last_indent = line.indent;
        ++p.line_count;
    }

    void open(const TextLine& line, bool blank, TextParagraph::Kind kind, std::string text) {
        TextParagraph p;
        p.kind = kind;
        p.text = std::move(text);
        p.first_line = p.last_line = line.number;
        p.line_count = 1;
        p.blank_before = blank;
        p.last_text = line.text;
        p.last_indent = line.indent;
        p.indent = line.indent;
        p.heading_level = line.heading_level;
        out_.push_back(std::move(p));
    }

    void add(const TextLine& line, bool blank) {
        TextParagraph* cur = out_.empty() ? nullptr : &out_.back();
        if (line.heading_level > 0) {
            open(line, blank, TextParagraph::Kind::Text, line.text);
            out_.back().closed = true;
            return;
        }
        if (line.text.find('\t') != std::string::npos) {
            open(line, blank, TextParagraph::Kind::TableRow, line.text);
            std::string cell;
            for (char c : line.text + "\t") {
                if (c == '\t') {
                    out_.back().cells.push_back(trim_copy(cell));
                    cell.clear();
                } else {
                    cell += c;
                }
            }
            out_.back().closed = true;
            return;
        }
        if (auto glyph = match_list_glyph(line.text)) {
            open(line, blank, TextParagraph::Kind::ListItem,
                 collapse_spaces(line.text.substr(glyph->length)));
            out_.back().glyph = glyph->glyph;
            return;
        }
        if (cur && !blank && continues(*cur, line)) {
            append(*cur, line);
            return;
        }
        if (cur && blank && !cur->closed && cur->kind != TextParagraph::Kind::TableRow &&
            ends_open(cur->text) && starts_lower(line.text) && !opens_numbered_unit(line.text)) {
            notes_.push_back(
                {line.number, "joined across a blank line (a sentence broken at a page end)"});
            append(*cur, line);
            return;
        }
        bool lost_glyph = cur && blank && starts_lower(line.text) && !cur->closed &&
                          (cur->kind == TextParagraph::Kind::ListItem ||
                           (cur->kind == TextParagraph::Kind::Text && !cur->text.empty() &&
                            cur->text.back() == ':'));
        if (lost_glyph) {
            open(line, blank, TextParagraph::Kind::ListItem, collapse_spaces(line.text));
            notes_.push_back({line.number, "list item inferred from a lower-case paragraph after a "
                                           "lead-in or list (no bullet glyph)"});
            return;
        }
        open(line, blank, TextParagraph::Kind::Text, collapse_spaces(line.text));
    }

    const std::vector<TextLine>& lines_;
    std::vector<ImportNote>& notes_;
    std::size_t width_;
    std::set<std::string> words_;
    std::vector<TextParagraph> out_;
};

} // namespace

std::vector<TextParagraph> join_lines(const std::vector<TextLine>& lines,
                                      std::vector<ImportNote>& notes) {
    return Joiner(lines, notes).run();
}

} // namespace clerk::import

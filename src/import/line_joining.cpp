#include "import/line_joining.hpp"

#include "import/list_glyphs.hpp"
#include "import/metadata_lines.hpp"
#include "import/numbering_styles.hpp"
#include "import/run_on_numbers.hpp"
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

// Text saved from Word or copied from a web page has one paragraph a line: no line of it
// ends mid-sentence with the sentence going on in lower case on the next line, as the lines
// of a page-width wrap do.
bool one_paragraph_a_line(const std::vector<TextLine>& lines) {
    std::size_t pairs = 0, wrapped = 0;
    const TextLine* previous = nullptr;
    for (const TextLine& line : lines) {
        if (line.dropped) continue;
        if (line.blank()) {
            previous = nullptr;
            continue;
        }
        if (previous && !match_list_glyph(line.text)) {
            ++pairs;
            if (ends_open(previous->text) && starts_lower(line.text)) ++wrapped;
        }
        previous = &line;
    }
    return pairs >= 4 && wrapped * 20 < pairs;
}

// Lines laid out on pages (a PDF's) are wrapped at the width of their column, whatever
// their words look like.
bool laid_out(const std::vector<TextLine>& lines) {
    for (const TextLine& line : lines)
        if (line.page > 0) return true;
    return false;
}

// Whether the paragraph ends where a list of labelled clauses may go on: a sentence end,
// a lead-in or a list separator ("; and").
bool ends_item(std::string_view text) {
    std::string_view t = trim_view(text);
    if (t.empty()) return true;
    char last = t.back();
    if (last == '.' || last == ':' || last == ';' || last == ',' || last == ')') return true;
    std::string word = ascii_lower(t.substr(t.size() >= 4 ? t.size() - 4 : 0));
    return word == " and" || word == " or" || t == "and" || t == "or";
}

class Joiner {
  public:
    Joiner(const std::vector<TextLine>& lines, std::vector<ImportNote>& notes)
        : lines_(lines), notes_(notes), width_(typical_width(lines)), words_(spelling_list(lines)),
          unwrapped_(!laid_out(lines) && one_paragraph_a_line(lines)) {
        if (unwrapped_)
            notes_.push_back({0, "read one paragraph a line: no line of the text is wrapped "
                                 "mid-sentence"});
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
        if (unwrapped_) return false;
        // The number that comes next in the document opens its own clause, however short
        // the lines around it.
        if (auto n = match_clause_number(line.text);
            n && !last_number_.empty() && may_follow(last_number_, n->id))
            return false;
        // "In terms of casework, officers will:" opens a lead-in of its own.
        if (ascii_lower(line.text.substr(0, 12)) == "in terms of " && line.text.back() == ':')
            return false;
        // A metadata line ("Last updated ...") stands alone.
        if (read_metadata_line(line.text) || (p.line_count == 1 && read_metadata_line(p.text)))
            return false;
        bool ended = ends_sentence(p.last_text);
        // A heading in capitals, an undotted section number or a clause label after a
        // finished sentence or item opens a paragraph of its own.
        if (ended && (is_capitals_heading(line.text) || match_undotted_section(line.text)))
            return false;
        if (ends_item(p.last_text) && match_label_line(line.text)) return false;
        if (line.emphasised != p.emphasised && (ended || is_short(p))) return false;
        // A heading set in large type wraps onto a second line of the same type.
        if (p.emphasised && line.emphasised && p.line_count < 3 && !ended &&
            !opens_numbered_unit(line.text))
            return true;
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
        p.emphasised = p.emphasised && line.emphasised;
        p.line_starts.emplace_back(text.size() - next.size(), line.number);
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
        p.emphasised = line.emphasised;
        p.line_starts.emplace_back(0, line.number);
        if (auto n = match_clause_number(p.text))
            last_number_ = n->id;
        else if (auto h = match_heading_line(p.text))
            last_number_ = h->id;
        out_.push_back(std::move(p));
    }

    void add(const TextLine& line, bool blank) {
        TextParagraph* cur = out_.empty() ? nullptr : &out_.back();
        if (line.heading_level > 0) {
            open(line, blank, TextParagraph::Kind::Text, line.text);
            out_.back().closed = true;
            return;
        }
        std::string untabbed = line.text;
        if (untab_number(untabbed)) {
            TextLine copy = line;
            copy.text = std::move(untabbed);
            notes_.push_back({line.number, "read the tab after the number as a space"});
            add(copy, blank);
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
            ends_open(cur->text) && starts_lower(line.text) && !opens_numbered_unit(line.text) &&
            !match_label_line(line.text) && !is_heading_line(cur->text) &&
            !match_undotted_section(cur->text)) {
            notes_.push_back(
                {line.number, "joined across a blank line (a sentence broken at a page end)"});
            append(*cur, line);
            return;
        }
        bool lost_glyph = cur && blank && starts_lower(line.text) && !cur->closed &&
                          !match_label_line(line.text) &&
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
    bool unwrapped_ = false;
    std::string last_number_; // the latest number opening a paragraph
    std::vector<TextParagraph> out_;
};

} // namespace

std::vector<TextParagraph> join_lines(const std::vector<TextLine>& lines,
                                      std::vector<ImportNote>& notes) {
    return Joiner(lines, notes).run();
}

} // namespace clerk::import

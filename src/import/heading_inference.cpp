#include "import/heading_inference.hpp"

#include "import/document_assembly.hpp"
#include "import/numbering_styles.hpp"
#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"
#include "model/plain_text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>

namespace clerk::import {

namespace {

using PKind = TextParagraph::Kind;
using EKind = ImportElement::Kind;

// The nesting of list items, from their glyphs and indentation.
class ListNesting {
  public:
    void reset() { stack_.clear(); }

    int level(const std::string& glyph, std::size_t indent) {
        std::size_t bucket = indent / 2; // one stray space is a page-start artefact
        if (glyph.empty()) {
            if (stack_.empty())
                stack_.push_back({glyph, bucket});
            else
                stack_.resize(1);
            return 1;
        }
        for (std::size_t k = stack_.size(); k-- > 0;) {
            if (stack_[k].glyph == glyph && stack_[k].bucket == bucket) {
                stack_.resize(k + 1);
                return static_cast<int>(k + 1);
            }
        }
        // An item whose glyph was lost takes the glyph of the next one at its level.
        if (!stack_.empty() && stack_.back().glyph.empty() && stack_.back().bucket == bucket) {
            stack_.back().glyph = glyph;
            return static_cast<int>(stack_.size());
        }
        while (!stack_.empty() && stack_.back().bucket > bucket)
            stack_.pop_back();
        stack_.push_back({glyph, bucket});
        return static_cast<int>(stack_.size());
    }

  private:
    struct Entry {
        std::string glyph;
        std::size_t bucket;
    };
    std::vector<Entry> stack_;
};

std::optional<std::string> number_of(const TextParagraph& p) {
    if (p.kind != PKind::Text && p.kind != PKind::ListItem) return std::nullopt;
    if (auto clause = match_clause_number(p.text)) return clause->id;
    if (auto heading = match_heading_line(p.text)) return heading->id;
    return std::nullopt;
}

// The next numbered paragraph is a child of `number` ("9.3" then "9.3.1").
bool child_follows(const std::vector<TextParagraph>& ps, std::size_t i, const std::string& number) {
    for (std::size_t j = i + 1; j < ps.size(); ++j) {
        if (auto next = number_of(ps[j])) return is_number_prefix(number, *next);
    }
    return false;
}

bool title_case(std::string_view text) {
    std::size_t long_words = 0, capitals = 0;
    for (std::string_view w : split_words(text)) {
        if (display_length(w) < 4) continue;
        ++long_words;
        if (is_upper(first_char(w))) ++capitals;
    }
    return long_words > 0 && capitals * 2 >= long_words;
}

bool has_letter(std::string_view text) {
    for (char c : text)
        if (std::isalpha(static_cast<unsigned char>(c))) return true;
    return false;
}

std::vector<Inline> inlines_of(std::string text, const TextParagraph& p) {
    std::vector<Inline> out;
    out.push_back(
        text_inline(std::move(text), {p.first_line, static_cast<std::uint32_t>(p.indent + 1)}));
    return out;
}

SourceSpan span_of(const TextParagraph& p) {
    return {{p.first_line, static_cast<std::uint32_t>(p.indent + 1)}, {p.last_line, 1}};
}

ImportElement element(EKind kind, std::string text, const TextParagraph& p) {
    ImportElement e;
    e.kind = kind;
    // Formatted text (from .docx) is kept when the element's text is the paragraph's own.
    e.inlines = !p.inlines.empty() && text == p.text ? p.inlines : inlines_of(std::move(text), p);
    e.span = span_of(p);
    return e;
}

ImportElement table_element(const TextParagraph& p) {
    ImportElement e;
    e.kind = EKind::Table;
    e.header = true;
    e.span = span_of(p);
    for (const auto& cells : p.rows) {
        TableRow row;
        row.pos = e.span.begin;
        for (const std::string& cell : cells) {
            TableCell c;
            c.pos = row.pos;
            if (!cell.empty()) c.inlines.push_back(text_inline(cell, row.pos));
            row.cells.push_back(std::move(c));
        }
        e.rows.push_back(std::move(row));
    }
    return e;
}

// A paragraph that could title an appendix: a line or three, not a sentence, not numbered.
bool reads_as_appendix_title(const TextParagraph& p) {
    return p.kind == PKind::Text && p.heading_level == 0 && !opens_numbered_unit(p.text) &&
           split_words(p.text).size() <= 30 && !ends_sentence(p.text) && starts_upper(p.text);
}

bool reads_as_unnumbered_heading(const TextParagraph& p) {
    if (p.kind != PKind::Text || p.line_count != 1) return false;
    std::string_view t = trim_view(p.text);
    if (t.empty() || !starts_upper(t) || !has_letter(t)) return false;
    if (split_words(t).size() > 10 || display_length(t) > 90) return false;
    char32_t last = last_char(t);
    return last != '.' && last != ',' && last != ';' && last != ':' && last != '-';
}

// "Endnotes" closing a document whose endnotes were links, dropped as page furniture.
bool is_notes_label(std::string_view text) {
    std::string t = ascii_lower(trim_view(text));
    return t == "endnotes" || t == "footnotes" || t == "notes";
}

} // namespace

// "In terms of casework, Councillors will:": the lead-in of one side's duties in the
// layout of protocols written as commitments. Gives the ID ("casework-councillors").
std::string commitment_id(std::string_view text) {
    std::string_view t = trim_view(text);
    if (ascii_lower(t.substr(0, 12)) != "in terms of " || t.size() > 200 || t.back() != ':')
        return {};
    auto words = split_words(t.substr(12));
    if (words.size() < 3) return {};
    std::string verb = ascii_lower(words.back());
    if (verb != "will:" && verb != "should:" && verb != "must:" && verb != "shall:") return {};
    // The side whose duties follow: the word before the verb ("Councillors", "officers").
    std::string_view who = words[words.size() - 2];
    std::string subject;
    for (std::size_t k = 0; k + 2 < words.size(); ++k) {
        if (!subject.empty()) subject += ' ';
        subject += words[k];
    }
    while (!subject.empty() && subject.back() == ',')
        subject.pop_back();
    if (subject.empty() || !std::isalpha(static_cast<unsigned char>(who.front()))) return {};
    return slug_id(subject + " " + std::string(who));
}

// A contents list: "Contents" and the short lines after it, up to the first that repeats
// one of them (the first heading of the text proper) or reads as running text. Returns the
// index after the list, or 0 when `i` does not open one.
std::size_t contents_list_end(const std::vector<TextParagraph>& ps, std::size_t i) {
    std::string t = ascii_lower(trim_view(ps[i].text));
    if (ps[i].kind != PKind::Text ||
        (t != "contents" && t != "table of contents" && t != "contents page"))
        return 0;
    std::vector<std::string> seen;
    std::size_t j = i + 1;
    for (; j < ps.size(); ++j) {
        const TextParagraph& q = ps[j];
        if (q.kind != PKind::Text || split_words(q.text).size() > 12 || ends_sentence(q.text))
            break;
        std::string line = ascii_lower(trim_view(q.text));
        if (std::find(seen.begin(), seen.end(), line) != seen.end()) break;
        seen.push_back(line);
    }
    return seen.size() >= 3 ? j : 0;
}

// The top-level number of a numbered heading ("7" for "7.", "7.2"), or 0.
int top_number(const std::string& id) {
    int n = 0;
    for (char c : id) {
        if (c == '.') break;
        if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

std::vector<ImportElement> infer_structure(const std::vector<TextParagraph>& ps,
                                           std::vector<ImportNote>& notes) {
    std::vector<ImportElement> out;
    ListNesting nesting;
    int section = 0; // the last top-level section number
    // Lists numbered from 1 again under a numbered heading ("1. Introduction", then "1.",
    // "2.", ...), as web pages and Word's automatic numbering show them: a reader cites
    // them as 1.1, 1.2. A list indented under an item is that item's (1.4.1).
    struct RestartedList {
        std::string context;
        int expect = 1;
        std::size_t indent = 0;
        std::string last;
    };
    std::vector<RestartedList> lists;
    bool numbered_before = false;                     // the element before opens a numbered unit
    std::size_t contents_start = 0, contents_end = 0; // a contents list: (start, end)
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const TextParagraph& p = ps[i];
        std::size_t emitted = out.size();
        struct AfterEach { // what the element just emitted says for the next one
            std::vector<ImportElement>& out;
            std::size_t before;
            bool& numbered;
            std::vector<RestartedList>& lists;
            ~AfterEach() {
                if (out.size() == before) return;
                const ImportElement& e = out.back();
                std::string text = plain_text(e.inlines);
                bool clause = e.kind == EKind::Paragraph && match_clause_number(text);
                bool label = e.kind == EKind::Paragraph && match_clause_label(text);
                numbered = (e.kind == EKind::Heading && (e.numbered || !e.explicit_id.empty())) ||
                           clause || label;
                // A restarted list reads as sub-numbers only straight after its heading.
                if (e.kind == EKind::Heading && !e.numbered) lists.clear();
                if (clause && !e.list_number) lists.clear();
            }
        } after_each{out, emitted, numbered_before, lists};
        if (auto n = number_of(p)) section = std::max(section, top_number(*n));
        if (p.kind == PKind::Table) {
            nesting.reset();
            out.push_back(table_element(p));
            continue;
        }
        if (p.kind == PKind::ListItem) {
            // "- 2.4 This Protocol ..." from a converter that took clause numbers for a list.
            if (p.glyph == "-" && match_clause_number(p.text)) {
                notes.push_back({p.first_line, "read the list item opening with " +
                                                   match_clause_number(p.text)->written +
                                                   " as a clause"});
                nesting.reset();
                out.push_back(element(EKind::Paragraph, p.text, p));
                continue;
            }
            // An item of Word's lettered numbering ("a.", "(ii)") straight under a numbered
            // unit is a labelled clause, as the text forms read it.
            if (p.glyph.rfind('#', 0) == 0 && match_clause_label(p.text) && numbered_before) {
                notes.push_back({p.first_line, "read the lettered item " +
                                                   match_clause_label(p.text)->written +
                                                   " as a clause label"});
                nesting.reset();
                out.push_back(element(EKind::Paragraph, p.text, p));
                continue;
            }
            ImportElement e = element(EKind::ListItem, p.text, p);
            e.level = nesting.level(p.glyph, p.indent);
            out.push_back(std::move(e));
            numbered_before = false;
            continue;
        }
        nesting.reset();
        if (std::size_t end = contents_list_end(ps, i); end > i + 1) {
            notes.push_back({p.first_line, "read the " + std::to_string(end - i - 1) +
                                               " lines after \"" + trim_copy(p.text) +
                                               "\" as a contents list, not as headings"});
            contents_start = i;
            contents_end = end;
        }
        if (p.plain || (i > contents_start && i < contents_end)) {
            out.push_back(element(EKind::Paragraph, p.text, p));
            continue;
        }
        if (p.kind == PKind::TableRow) { // rows are gathered by infer_tables; keep as text
            out.push_back(element(EKind::Paragraph, p.text, p));
            continue;
        }
        if (auto appendix = match_appendix_line(p.text); appendix && !ends_sentence(p.text)) {
            std::string text = p.text;
            if (trim_view(appendix->title).empty() && i + 1 < ps.size() &&
                reads_as_appendix_title(ps[i + 1])) {
                text = appendix->written + " – " + ps[i + 1].text;
                ++i;
            }
            ImportElement e = element(EKind::Heading, text, p);
            e.level = 1;
            e.numbered = true;
            e.span.end = span_of(ps[i]).end;
            out.push_back(std::move(e));
            lists.clear();
            continue;
        }
        if (auto heading = match_heading_line(p.text)) {
            std::string_view rest = std::string_view(p.text).substr(heading->length);
            int levels = 1;
            for (char c : heading->id)
                levels += c == '.' ? 1 : 0;
            bool single = heading->id.find('.') == std::string::npos;
            bool is_heading = reads_as_title(rest) && p.line_count <= 2 &&
                              (single || child_follows(ps, i, heading->id) || title_case(rest));
            if (is_heading) {
                ImportElement e = element(EKind::Heading, p.text, p);
                e.level = std::min(levels, 6);
                e.numbered = true;
                out.push_back(std::move(e));
                lists.assign(1, {heading->id, 1, p.indent, {}});
                continue;
            }
            if (single && heading->written.back() == '.' && !lists.empty()) {
                int n = std::atoi(heading->id.c_str());
                if (n == 1 && !lists.back().last.empty() && p.indent > lists.back().indent)
                    lists.push_back({lists.back().last, 1, p.indent, {}});
                while (lists.size() > 1 && lists.back().indent > p.indent)
                    lists.pop_back();
                if (n == lists.back().expect) {
                    std::string number = lists.back().context + "." + heading->id;
                    ++lists.back().expect;
                    lists.back().last = number;
                    notes.push_back({p.first_line, "numbered the list item " + number +
                                                       " as a reader cites it (the text shows \"" +
                                                       heading->written + "\" under " +
                                                       lists.front().context + ")"});
                    ImportElement e =
                        element(EKind::Paragraph, number + " " + std::string(rest), p);
                    e.list_number = true;
                    out.push_back(std::move(e));
                    continue;
                }
            }
        }
        // "1 INTRODUCTION": a section number without a dot, when it is the next section.
        if (auto undotted = match_undotted_section(p.text);
            undotted && p.line_count <= 2 && top_number(undotted->id) == section + 1) {
            section = top_number(undotted->id);
            notes.push_back({p.first_line, "section " + undotted->id +
                                               " read from a number without a dot before a "
                                               "title in " +
                                               (is_capitals(p.text) ? "capitals" : "title case")});
            ImportElement e = element(EKind::Heading, p.text, p);
            e.level = 1;
            e.numbered = true;
            out.push_back(std::move(e));
            lists.assign(1, {undotted->id, 1, p.indent, {}});
            continue;
        }
        if (std::string id = commitment_id(p.text); !id.empty()) {
            std::string text = trim_copy(p.text);
            text.pop_back(); // the colon: the heading names the lead-in
            ImportElement e = element(EKind::Heading, text, p);
            e.explicit_id = id;
            notes.push_back({p.first_line, "heading {#" + id + "} made of the lead-in \"" +
                                               trim_copy(p.text) + "\""});
            out.push_back(std::move(e));
            continue;
        }
        if (p.heading_level > 0 && !match_clause_number(p.text) &&
            split_words(p.text).size() <= 25) {
            out.push_back(element(EKind::Heading, p.text, p));
            continue;
        }
        bool last = i + 1 == ps.size();
        if (p.heading_level == 0 && (!last || is_notes_label(p.text)) &&
            !match_clause_number(p.text) && !match_clause_label(p.text) &&
            (reads_as_unnumbered_heading(p) ||
             (p.emphasised && p.line_count <= 2 && reads_as_title(p.text)))) {
            if (p.emphasised)
                notes.push_back({p.first_line, "heading made of a line set in larger or bold "
                                               "type: \"" +
                                                   trim_copy(p.text) + "\""});
            else if (is_capitals(p.text))
                notes.push_back({p.first_line, "heading made of a line in capitals: \"" +
                                                   trim_copy(p.text) + "\""});
            out.push_back(element(EKind::Heading, p.text, p));
            continue;
        }
        out.push_back(element(EKind::Paragraph, p.text, p));
    }
    return out;
}

} // namespace clerk::import

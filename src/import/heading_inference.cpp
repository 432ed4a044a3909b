#include "import/heading_inference.hpp"

#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"

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

std::vector<ImportElement> infer_structure(const std::vector<TextParagraph>& ps,
                                           std::vector<ImportNote>& notes) {
    std::vector<ImportElement> out;
    ListNesting nesting;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const TextParagraph& p = ps[i];
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
            ImportElement e = element(EKind::ListItem, p.text, p);
            e.level = nesting.level(p.glyph, p.indent);
            out.push_back(std::move(e));
            continue;
        }
        nesting.reset();
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
                continue;
            }
        }
        if (p.heading_level > 0 && !match_clause_number(p.text) &&
            split_words(p.text).size() <= 25) {
            out.push_back(element(EKind::Heading, p.text, p));
            continue;
        }
        bool last = i + 1 == ps.size();
        if (p.heading_level == 0 && (!last || is_notes_label(p.text)) &&
            !match_clause_number(p.text) && reads_as_unnumbered_heading(p)) {
            out.push_back(element(EKind::Heading, p.text, p));
            continue;
        }
        out.push_back(element(EKind::Paragraph, p.text, p));
    }
    return out;
}

} // namespace clerk::import

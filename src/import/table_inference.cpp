#include "import/table_inference.hpp"

#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"

#include <array>

namespace clerk::import {

namespace {

bool is_function_word(std::string_view word) {
    static constexpr std::array<std::string_view, 36> words{
        "the", "a",     "an",   "of",   "to",   "in",    "for",   "by",   "and",
        "or",  "with",  "on",   "at",   "from", "as",    "their", "its",  "his",
        "her", "our",   "your", "this", "that", "these", "those", "into", "per",
        "via", "under", "over", "than", "not",  "no",    "is",    "are",  "be"};
    std::string lower = ascii_lower(word);
    for (std::string_view w : words)
        if (lower == w) return true;
    return false;
}

bool is_connector(std::string_view word) {
    return word == "of" || word == "and" || word == "for";
}

bool capitalised(std::string_view word) {
    return is_upper(first_char(word));
}

std::string join_words(const std::vector<std::string_view>& words, std::size_t from,
                       std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

// The header of a two-column table: exactly two capitalised words, nothing else.
bool is_two_column_header(const TextParagraph& p) {
    if (p.kind != TextParagraph::Kind::Text || p.line_count != 1 || p.heading_level > 0)
        return false;
    auto words = split_words(p.text);
    if (words.size() != 2 || p.text.size() > 40) return false;
    for (std::string_view w : words) {
        if (!capitalised(w)) return false;
        for (char c : w)
            if (std::isdigit(static_cast<unsigned char>(c)) ||
                std::ispunct(static_cast<unsigned char>(c)))
                return false;
    }
    return true;
}

bool usable_cell_paragraph(const TextParagraph& p) {
    return p.kind == TextParagraph::Kind::Text && p.heading_level == 0 &&
           !opens_numbered_unit(p.text) && split_words(p.text).size() <= 15;
}

// Tries to read a two-column table starting with the header at `start`; returns the number
// of paragraphs it covers (0 when there is no table) and fills `table`.
std::size_t read_two_column_table(const std::vector<TextParagraph>& ps, std::size_t start,
                                  TextParagraph& table) {
    if (!is_two_column_header(ps[start])) return 0;
    auto header = split_words(ps[start].text);
    table.rows = {{std::string(header[0]), std::string(header[1])}};
    std::size_t i = start + 1;
    std::size_t end = start + 1;
    std::size_t split_rows = 0; // rows whose two cells ran together: the evidence of columns
    while (i < ps.size() && usable_cell_paragraph(ps[i])) {
        if (auto cells = split_two_cells(ps[i].text)) {
            table.rows.push_back({cells->first, cells->second});
            ++split_rows;
            end = ++i;
            continue;
        }
        // A cell that wrapped sits alone; its neighbour in the row is the next paragraph.
        if (i + 1 < ps.size() && usable_cell_paragraph(ps[i + 1]) &&
            !split_two_cells(ps[i + 1].text)) {
            table.rows.push_back({ps[i].text, ps[i + 1].text});
            i += 2;
            end = i;
            continue;
        }
        break;
    }
    if (table.rows.size() < 3 || split_rows < 2) return 0;
    return end - start;
}

} // namespace

std::optional<std::pair<std::string, std::string>> split_two_cells(std::string_view text) {
    auto w = split_words(text);
    for (std::size_t i = 1; i < w.size(); ++i) {
        if (!capitalised(w[i])) continue;
        std::string_view prev = w[i - 1];
        char before = prev.back();
        if (is_function_word(prev) || before == '/' || before == '-' || before == ',' ||
            std::isdigit(static_cast<unsigned char>(before)) || prev == "–")
            continue;
        // "Code of Conduct": the start of a name is not a cell boundary ...
        if (i + 2 < w.size() && is_connector(w[i + 1]) && capitalised(w[i + 2])) continue;
        // ... nor is a word inside one ("Chief Officer"), unless the name before has ended
        // ("Code of Conduct | Bound by ...").
        if (capitalised(prev) && !(i >= 3 && is_connector(w[i - 2]) && capitalised(w[i - 3])))
            continue;
        if (i + 1 < w.size() && capitalised(w[i + 1])) continue;
        return std::make_pair(join_words(w, 0, i), join_words(w, i, w.size()));
    }
    return std::nullopt;
}

void infer_tables(std::vector<TextParagraph>& paragraphs, std::vector<ImportNote>& notes) {
    std::vector<TextParagraph> out;
    out.reserve(paragraphs.size());
    for (std::size_t i = 0; i < paragraphs.size();) {
        const TextParagraph& p = paragraphs[i];
        if (p.kind == TextParagraph::Kind::TableRow) {
            TextParagraph table = p;
            table.kind = TextParagraph::Kind::Table;
            table.rows.clear();
            std::size_t columns = 0;
            for (; i < paragraphs.size() && paragraphs[i].kind == TextParagraph::Kind::TableRow;
                 ++i) {
                table.rows.push_back(paragraphs[i].cells);
                table.last_line = paragraphs[i].last_line;
                columns = std::max(columns, paragraphs[i].cells.size());
            }
            // Trailing tabs leave empty last cells on every row: trim the empty columns.
            while (columns > 1) {
                bool empty = true;
                for (const auto& row : table.rows)
                    if (row.size() >= columns && !row[columns - 1].empty()) empty = false;
                if (!empty) break;
                --columns;
            }
            for (auto& row : table.rows)
                row.resize(columns);
            notes.push_back({table.first_line, "table read from tab-separated columns (" +
                                                   std::to_string(table.rows.size()) +
                                                   (table.rows.size() == 1 ? " row, " : " rows, ") +
                                                   std::to_string(columns) + " columns)"});
            out.push_back(std::move(table));
            continue;
        }
        TextParagraph table = p;
        table.kind = TextParagraph::Kind::Table;
        if (std::size_t covered = read_two_column_table(paragraphs, i, table)) {
            table.last_line = paragraphs[i + covered - 1].last_line;
            notes.push_back(
                {table.first_line, "table inferred from two columns run together with spaces (" +
                                       std::to_string(table.rows.size()) +
                                       " rows); check where each row splits into cells"});
            out.push_back(std::move(table));
            i += covered;
            continue;
        }
        out.push_back(p);
        ++i;
    }
    paragraphs = std::move(out);
}

} // namespace clerk::import

#include "text/text_runs.hpp"

#include "text/unicode.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::text {

namespace {

void collect(const std::vector<Block>& blocks, UnitIndex unit, bool in_quote,
             std::vector<TextRun>& out) {
    for (const Block& block : blocks) {
        bool quote = in_quote || block.kind == BlockKind::Quote;
        if (!block.inlines.empty()) {
            TextRun run;
            run.unit = unit;
            run.in_quote = quote;
            run.is_heading = block.kind == BlockKind::Heading;
            run.text = positioned_text(block.inlines);
            out.push_back(std::move(run));
        }
        for (const TableRow& row : block.rows)
            for (const TableCell& cell : row.cells) {
                TextRun run;
                run.unit = unit;
                run.in_quote = quote;
                run.in_table = true;
                run.text = positioned_text(cell.inlines);
                out.push_back(std::move(run));
            }
        collect(block.children, unit, quote, out);
    }
}

bool is_upper(char c) {
    return std::isupper(static_cast<unsigned char>(c)) != 0;
}
bool is_alpha(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
// An ASCII letter or digit, without a call: the word scanners test every byte.
bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The first letter after `pos`, skipping spaces, quotes and brackets; 0 when none.
char next_letter(std::string_view text, std::size_t pos) {
    while (pos < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[pos]);
        if (std::isalnum(c)) return static_cast<char>(c);
        if (c == ' ' || c == '(' || c == '"' || c == '\'' || c >= 0x80) {
            ++pos;
            continue;
        }
        return 0;
    }
    return 0;
}

// True when the '.' at `pos` ends an abbreviation or a section number rather than a sentence.
bool is_abbreviation(std::string_view text, std::size_t pos) {
    std::size_t start = pos;
    while (start > 0 && (is_alpha(text[start - 1]) || text[start - 1] == '.'))
        --start;
    std::string word = fold_case(text.substr(start, pos - start));
    static const char* const kAbbreviations[] = {
        "e.g", "i.e", "mr", "mrs", "ms",  "dr",     "no",  "s",   "ss",  "para", "paras", "cllr",
        "st",  "etc", "cf", "vs",  "viz", "approx", "ref", "sch", "art", "reg",  "c"};
    for (const char* a : kAbbreviations)
        if (word == a) return true;
    // A single capital ("J. Smith") is an initial.
    return pos - start == 1 && is_upper(text[start]);
}

} // namespace

bool is_capitalised(std::string_view word) {
    return !word.empty() && is_upper(word[0]);
}

bool is_all_caps(std::string_view word) {
    int letters = 0;
    for (char c : word) {
        if (is_alpha(c)) {
            if (!is_upper(c)) return false;
            ++letters;
        }
    }
    return letters >= 2;
}

std::vector<Range> split_sentences(std::string_view text, bool at_semicolons) {
    std::vector<Range> out;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool end = false;
        if (c == ';') {
            end = at_semicolons;
        } else if ((c == '.' || c == '?' || c == '!') && i + 1 < text.size() &&
                   text[i + 1] == ' ') {
            char next = next_letter(text, i + 1);
            end = next != 0 && (is_upper(next) || std::isdigit(static_cast<unsigned char>(next))) &&
                  !(c == '.' && is_abbreviation(text, i));
        }
        if (end) {
            out.push_back({begin, i + 1});
            begin = i + 1;
        }
    }
    if (begin < text.size()) out.push_back({begin, text.size()});
    return out;
}

std::vector<Range> find_quotations(std::string_view text) {
    std::vector<Range> out;
    auto starts_with = [&](std::size_t i, std::string_view s) {
        return text.substr(i, s.size()) == s;
    };
    static constexpr std::string_view kOpenDouble = "\xE2\x80\x9C", kCloseDouble = "\xE2\x80\x9D";
    static constexpr std::string_view kOpenSingle = "\xE2\x80\x98", kCloseSingle = "\xE2\x80\x99";
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string_view close;
        std::size_t open_len = 0;
        bool single = false;
        if (starts_with(i, kOpenDouble)) {
            close = kCloseDouble;
            open_len = kOpenDouble.size();
        } else if (text[i] == '"') {
            close = "\"";
            open_len = 1;
        } else if ((starts_with(i, kOpenSingle) || text[i] == '\'') &&
                   (i == 0 || !is_alnum(text[i - 1]))) {
            close = text[i] == '\'' ? std::string_view("'") : kCloseSingle;
            open_len = text[i] == '\'' ? 1 : kOpenSingle.size();
            single = true;
        } else {
            continue;
        }
        std::size_t j = i + open_len;
        std::size_t found = std::string_view::npos;
        // A quotation that has not closed within a few paragraphs' length is an unmatched mark.
        std::size_t limit = std::min(text.size(), i + kQuotationLimit);
        while (j < limit) {
            std::size_t at = text.find(close, j);
            if (at == std::string_view::npos || at >= limit) break;
            std::size_t after = at + close.size();
            // A single closing mark followed by a letter is an apostrophe (Council’s).
            if (single && after < text.size() && is_alpha(text[after])) {
                j = after;
                continue;
            }
            found = at;
            break;
        }
        if (found == std::string_view::npos) continue;
        out.push_back({i, found + close.size()});
        i = found + close.size() - 1;
    }
    return out;
}

namespace {

// Bytes of the UTF-8 sequence at `i` (1 for ASCII or a stray byte).
std::size_t char_length(std::string_view text, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return std::min(n, text.size() - i);
}

// The length of a mark that joins two parts of one word at `i`, or 0: hyphens and
// apostrophes ("co-opted", "Members'", "Councillor’s"), and for diff tokens also dots and
// slashes ("5.7", "and/or").
std::size_t joiner_length(std::string_view text, std::size_t i, bool dots_and_slashes) {
    char c = text[i];
    if (c == '-' || c == '\'') return 1;
    if (dots_and_slashes && (c == '.' || c == '/')) return 1;
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) return 3; // ’
    return 0;
}

// Where the word starting at `i` (a letter or digit) ends.
std::size_t word_end(std::string_view text, std::size_t i, bool dots_and_slashes) {
    while (i < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (is_alnum(static_cast<char>(c))) {
            ++i; // the common case, without a call
        } else if (c < 0x80 && c != '-' && c != '\'' && c != '.' && c != '/') {
            break; // a space or a mark that joins nothing
        } else if (starts_word(text, i)) {
            i += char_length(text, i);
        } else if (std::size_t j = joiner_length(text, i, dots_and_slashes);
                   j > 0 && i + j < text.size() && starts_word(text, i + j)) {
            i += j;
        } else {
            break;
        }
    }
    return i;
}

bool is_space_byte(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

bool starts_word(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    unsigned char c = static_cast<unsigned char>(text[at]);
    if (c < 0x80) return is_alnum(static_cast<char>(c));
    return is_alnum_at(text, at);
}

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> out;
    out.reserve(text.size() / 6);
    std::size_t i = 0;
    while (i < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80 && !is_alnum(static_cast<char>(c))) {
            ++i; // a space or a mark, without a call
            continue;
        }
        if (!starts_word(text, i)) {
            i += char_length(text, i);
            continue;
        }
        std::size_t start = i;
        i = word_end(text, i, false);
        out.push_back({start, i, text.substr(start, i - start)});
    }
    return out;
}

std::vector<std::vector<Word>> split_run_words(const std::vector<TextRun>& runs) {
    std::vector<std::vector<Word>> out;
    out.reserve(runs.size());
    for (const TextRun& run : runs)
        out.push_back(split_words(run.text.text));
    return out;
}

std::vector<std::string> split_tokens(std::string_view text) {
    std::vector<std::string> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t start = i;
        if (is_space_byte(text[i])) {
            while (i < text.size() && is_space_byte(text[i]))
                ++i;
        } else if (starts_word(text, i)) {
            i = word_end(text, i, true);
        } else {
            i += char_length(text, i);
        }
        tokens.emplace_back(text.substr(start, i - start));
    }
    return tokens;
}

bool in_any(const std::vector<Range>& ranges, std::size_t offset) {
    return std::any_of(ranges.begin(), ranges.end(),
                       [&](const Range& r) { return r.contains(offset); });
}

Range sentence_at(const TextRun& run, std::size_t offset) {
    Range whole{0, run.text.text.size()};
    auto it = std::upper_bound(run.sentences.begin(), run.sentences.end(), offset,
                               [](std::size_t value, const Range& r) { return value < r.begin; });
    if (it != run.sentences.begin() && std::prev(it)->contains(offset)) whole = *std::prev(it);
    // A "sentence" of thousands of words (text without full stops) is read around the offset
    // only, so that every check stays linear in the length of the text.
    const std::string& text = run.text.text;
    if (offset > whole.begin + kSentenceRadius) {
        whole.begin = offset - kSentenceRadius;
        while (whole.begin < offset && text[whole.begin] != ' ')
            ++whole.begin;
    }
    if (whole.end > offset + kSentenceRadius) {
        whole.end = offset + kSentenceRadius;
        while (whole.end > offset && text[whole.end - 1] != ' ')
            --whole.end;
    }
    return whole;
}

std::vector<TextRun> text_runs(const Document& document) {
    std::vector<TextRun> out;
    for (std::size_t i = 0; i < document.units.size(); ++i) {
        const Unit& unit = document.units[i];
        UnitIndex index = static_cast<UnitIndex>(i);
        if (!unit.title.empty() && unit.kind != UnitKind::Clause) {
            TextRun run;
            run.unit = index;
            run.is_heading = true;
            run.text.append(unit.title, unit.title_pos);
            out.push_back(std::move(run));
        }
        collect(unit.blocks, index, false, out);
    }
    for (TextRun& run : out) {
        run.sentences = split_sentences(run.text.text);
        run.quotations = find_quotations(run.text.text);
        run.folded = fold_case(run.text.text);
    }
    return out;
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

} // namespace clerk::text

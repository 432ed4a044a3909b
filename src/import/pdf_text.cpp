#include "import/pdf_text.hpp"

#include "import/page_furniture.hpp"
#include "import/pdf_words.hpp"
#include "import/text_utils.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace clerk::import {

namespace {

bool bold_font(const std::string& name) {
    std::string n = ascii_lower(name);
    return n.find("bold") != std::string::npos || n.find("black") != std::string::npos ||
           n.find("heavy") != std::string::npos || n.find("semibold") != std::string::npos;
}

// One printed line: the words of one baseline.
struct PrintedLine {
    std::string text;
    double left = 0, top = 0, bottom = 0;
    double size = 0;  // the largest type size on the line
    bool bold = true; // every word bold
    int page = 0;
    double page_height = 0;
};

// Digits replaced, for recognising a running header whose page number changes.
std::string shape_of(std::string_view text) {
    std::string out;
    for (char c : trim_view(text))
        out += std::isdigit(static_cast<unsigned char>(c)) ? '#' : c;
    return out;
}

} // namespace

std::string text_of_lines(const std::vector<TextLine>& lines) {
    std::string out;
    for (const TextLine& line : lines)
        out += std::string(line.indent, ' ') + line.text + "\n";
    return out;
}

PdfText read_pdf_text(const std::string& bytes, std::vector<ImportNote>& notes) {
    PdfText out;
    PdfWords words = read_pdf_words(bytes);
    if (!words.error.empty()) {
        out.error = std::move(words.error);
        out.help = std::move(words.help);
        return out;
    }
    out.pages = static_cast<int>(words.pages.size());
    for (const std::string& title : words.bookmarks)
        out.bookmarks.push_back(trim_copy(title));

    std::vector<PrintedLine> printed;
    std::map<double, std::size_t> sizes; // type size -> characters set in it
    for (std::size_t index = 0; index < words.pages.size(); ++index) {
        const PdfPage& page = words.pages[index];
        PrintedLine line;
        bool open = false;
        bool space_after = false;
        double right = 0;
        for (const PdfWord& box : page.words) {
            const std::string& word = box.text;
            if (word.empty()) continue;
            double size = box.size;
            bool bold = !box.font.empty() && bold_font(box.font);
            double middle = (box.top + box.bottom) / 2;
            bool same_line = open && middle > line.top && middle < line.bottom;
            if (!same_line) {
                if (open) printed.push_back(line);
                line = PrintedLine{};
                line.left = box.left;
                line.top = box.top;
                line.bottom = box.bottom;
                line.page = static_cast<int>(index) + 1;
                line.page_height = page.height;
                open = true;
            } else {
                // A space where the words had one, or where a gap parts them (a tab stop
                // after a clause number).
                bool gap = box.left - right > std::max(1.0, size * 0.15);
                line.text += space_after || gap ? " " : "";
                line.top = std::min(line.top, box.top);
                line.bottom = std::max(line.bottom, box.bottom);
            }
            line.text += word;
            right = box.right;
            line.size = std::max(line.size, std::round(size * 2) / 2);
            line.bold = line.bold && bold;
            space_after = box.space_after;
            sizes[std::round(size * 2) / 2] += word.size();
        }
        if (open) printed.push_back(line);
    }

    // The body text's size: the size most characters are set in.
    double body = 0;
    std::size_t most = 0;
    for (const auto& [size, count] : sizes)
        if (count > most) {
            most = count;
            body = size;
        }
    bool body_bold = false;
    {
        std::size_t bold_chars = 0, all = 0;
        for (const PrintedLine& l : printed) {
            all += l.text.size();
            if (l.bold) bold_chars += l.text.size();
        }
        body_bold = bold_chars * 2 > all;
    }

    // Running headers and footers: lines in the margins whose shape repeats across pages.
    std::map<std::string, std::size_t> margin_shapes;
    auto in_margin = [](const PrintedLine& l) {
        return l.page_height > 0 &&
               (l.bottom < l.page_height * 0.09 || l.top > l.page_height * 0.91);
    };
    for (const PrintedLine& l : printed)
        if (in_margin(l)) ++margin_shapes[shape_of(l.text)];

    double left = 1e9;
    for (const PrintedLine& l : printed)
        left = std::min(left, l.left);
    // Line spacing: the usual distance between consecutive lines of a page.
    std::vector<double> gaps;
    for (std::size_t i = 1; i < printed.size(); ++i)
        if (printed[i].page == printed[i - 1].page && printed[i].top > printed[i - 1].top)
            gaps.push_back(printed[i].top - printed[i - 1].top);
    double spacing = body * 1.2;
    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2),
                         gaps.end());
        spacing = gaps[gaps.size() / 2];
    }

    std::uint32_t number = 0;
    auto push = [&](TextLine l) {
        l.number = ++number;
        out.lines.push_back(std::move(l));
    };
    for (std::size_t i = 0; i < printed.size(); ++i) {
        const PrintedLine& l = printed[i];
        bool new_page = i > 0 && printed[i - 1].page != l.page;
        bool gap = i > 0 && !new_page && l.top - printed[i - 1].top > spacing * 1.35;
        if ((new_page || gap) && !out.lines.empty() && !out.lines.back().blank()) {
            TextLine blank;
            blank.page = l.page;
            push(blank);
        }
        TextLine t;
        t.text = trim_copy(l.text);
        t.page = l.page;
        double em = body > 0 ? body : 10;
        t.indent = static_cast<std::size_t>(std::max(0.0, (l.left - left) / (em * 0.5)));
        t.emphasised = (body > 0 && l.size >= body * 1.15) || (l.bold && !body_bold);
        bool margin = in_margin(l);
        std::string shape = shape_of(l.text);
        if (margin && (is_page_number_line(t.text) || margin_shapes[shape] >= 2)) {
            t.dropped = true;
            push(t);
            notes.push_back(
                {number, "dropped running " +
                             std::string(l.top > l.page_height / 2 ? "footer" : "header") + " \"" +
                             t.text + "\" (page " + std::to_string(l.page) + ", in the margin" +
                             (margin_shapes[shape] >= 2
                                  ? ", on " + std::to_string(margin_shapes[shape]) + " pages"
                                  : "") +
                             ")"});
            continue;
        }
        push(t);
    }
    return out;
}

} // namespace clerk::import

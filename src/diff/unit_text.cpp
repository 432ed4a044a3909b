#include "diff/unit_text.hpp"

#include "model/plain_text.hpp"

#include <cctype>

namespace clerk::diff {

std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::vector<std::string> unit_texts(const Document& doc) {
    std::vector<std::string> texts;
    texts.reserve(doc.units.size());
    for (const Unit& unit : doc.units) {
        std::string body = plain_text(unit);
        texts.push_back(collapse_spaces(unit.title.empty() ? body : unit.title + "\n" + body));
    }
    return texts;
}

std::string unit_lines(const Document& doc, UnitIndex unit) {
    const Unit& u = doc.units[static_cast<std::size_t>(unit)];
    std::string body = plain_text(u);
    std::string whole = u.title.empty() ? body : u.title + "\n" + body;
    std::string out;
    std::size_t start = 0;
    while (start <= whole.size()) {
        std::size_t end = whole.find('\n', start);
        if (end == std::string::npos) end = whole.size();
        std::string line = collapse_spaces(std::string_view(whole).substr(start, end - start));
        if (!line.empty()) out += (out.empty() ? "" : "\n") + line;
        start = end + 1;
    }
    return out;
}

std::string number_key(std::string_view number) {
    while (!number.empty() && number.back() == '.')
        number.remove_suffix(1);
    return std::string(number);
}

std::size_t replace_reference_numbers(std::string& text, std::size_t from,
                                      const std::string& reference,
                                      const std::vector<std::string>& numbers,
                                      const std::vector<std::string>& tokens) {
    std::size_t begin = text.find(reference, from);
    if (begin == std::string::npos) return from;
    std::string replaced;
    std::size_t at = 0;
    for (std::size_t k = 0; k < numbers.size(); ++k) {
        std::size_t found = reference.find(numbers[k], at);
        if (found == std::string::npos) continue;
        replaced += reference.substr(at, found - at) + tokens[k];
        at = found + numbers[k].size();
    }
    replaced += reference.substr(at);
    text.replace(begin, reference.size(), replaced);
    return begin + replaced.size();
}

} // namespace clerk::diff

#include "text/similarity.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::text {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::size_t word_edit_distance(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::vector<std::string> split_spaces(std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        if (c == ' ') {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

std::string name_key(std::string_view text) {
    std::string flat;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.substr(i, 3) == "\xE2\x80\x99" || text.substr(i, 3) == "\xE2\x80\x98") {
            flat += '\'';
            i += 2;
        } else {
            flat += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
        }
    }
    std::string out;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("s'")))
            word.resize(word.size() - 2);
        else if (!word.empty() && word.back() == '\'')
            word.pop_back();
        if (word.size() > 4 && word.ends_with("ies"))
            word = word.substr(0, word.size() - 3) + "y";
        else if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss") &&
                 !word.ends_with("us"))
            word.pop_back();
        if (!out.empty()) out += ' ';
        out += word;
        word.clear();
    };
    for (char c : flat) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-')
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

} // namespace clerk::text

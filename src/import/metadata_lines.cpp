#include "import/metadata_lines.hpp"

#include "import/text_utils.hpp"

#include <array>
#include <cctype>
#include <cstdio>

namespace clerk::import {

namespace {

int month_of(std::string_view word) {
    static constexpr std::array<std::string_view, 12> months{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    std::string w = ascii_lower(word);
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back())))
        w.pop_back();
    if (w.size() < 3) return 0;
    for (std::size_t i = 0; i < months.size(); ++i)
        if (months[i] == w || (w.size() == 3 && months[i].substr(0, 3) == w) ||
            (w == "sept" && i == 8))
            return static_cast<int>(i + 1);
    return 0;
}

// A day of the month: "19", "19th", "1st", "3rd,".
int day_of(std::string_view word) {
    std::size_t i = 0;
    int day = 0;
    while (i < word.size() && std::isdigit(static_cast<unsigned char>(word[i])) && i < 2)
        day = day * 10 + (word[i++] - '0');
    if (i == 0) return 0;
    std::string rest = ascii_lower(word.substr(i));
    while (!rest.empty() && (rest.back() == ',' || rest.back() == '.'))
        rest.pop_back();
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
    return day >= 1 && day <= 31 ? day : 0;
}

int year_of(std::string_view word) {
    std::string w(word);
    while (!w.empty() && !std::isdigit(static_cast<unsigned char>(w.back())))
        w.pop_back();
    if (w.size() != 4) return 0;
    for (char c : w)
        if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    int y = std::stoi(w);
    return y >= 1900 && y <= 2100 ? y : 0;
}

std::string iso(int y, int m, int d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    return buffer;
}

// "19/01/2015", "19.01.2015", "2015-01-19".
std::string numeric_date(std::string_view w) {
    int parts[3] = {0, 0, 0};
    std::size_t lengths[3] = {0, 0, 0};
    int k = 0;
    char sep = 0;
    for (char c : w) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (lengths[k] >= 4) return {};
            parts[k] = parts[k] * 10 + (c - '0');
            ++lengths[k];
        } else if ((c == '/' || c == '.' || c == '-') && k < 2 && (sep == 0 || sep == c)) {
            sep = c;
            ++k;
        } else if (c == ',' || c == ';') {
            break;
        } else {
            return {};
        }
    }
    if (k != 2) return {};
    if (lengths[0] == 4 && sep == '-' && parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 &&
        parts[2] <= 31)
        return iso(parts[0], parts[1], parts[2]);
    if (lengths[2] == 4 && parts[1] >= 1 && parts[1] <= 12 && parts[0] >= 1 && parts[0] <= 31)
        return iso(parts[2], parts[1], parts[0]);
    return {};
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    return ascii_lower(text.substr(0, prefix.size())) == prefix;
}

std::string version_after(std::string_view text) {
    std::string lower = ascii_lower(text);
    std::size_t at = lower.find("version");
    if (at == std::string::npos) return {};
    std::size_t i = at + 7;
    while (i < text.size() && (text[i] == ' ' || text[i] == ':' || text[i] == '.'))
        ++i;
    std::size_t start = i;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) ||
                               (text[i] == '.' && i + 1 < text.size() &&
                                std::isdigit(static_cast<unsigned char>(text[i + 1])))))
        ++i;
    return std::string(text.substr(start, i - start));
}

} // namespace

std::string find_date(std::string_view text, std::string* rest) {
    std::vector<std::string_view> words = split_words(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string date;
        std::size_t used = 0;
        if (i + 2 < words.size() && day_of(words[i]) && month_of(words[i + 1]) &&
            year_of(words[i + 2])) {
            date = iso(year_of(words[i + 2]), month_of(words[i + 1]), day_of(words[i]));
            used = 3;
        } else if (i + 3 < words.size() && day_of(words[i]) && ascii_lower(words[i + 1]) == "of" &&
                   month_of(words[i + 2]) && year_of(words[i + 3])) {
            date = iso(year_of(words[i + 3]), month_of(words[i + 2]), day_of(words[i]));
            used = 4;
        } else if (i + 2 < words.size() && month_of(words[i]) && day_of(words[i + 1]) &&
                   year_of(words[i + 2])) {
            date = iso(year_of(words[i + 2]), month_of(words[i]), day_of(words[i + 1]));
            used = 3;
        } else if (std::string n = numeric_date(words[i]); !n.empty()) {
            date = n;
            used = 1;
        }
        if (date.empty()) continue;
        if (rest) {
            std::size_t begin = static_cast<std::size_t>(words[i].data() - text.data());
            std::size_t end = static_cast<std::size_t>(words[i + used - 1].data() - text.data()) +
                              words[i + used - 1].size();
            // A weekday before the date goes with it ("Monday, 29 January 2024").
            if (i > 0 && day_of(words[i]) && words[i - 1].size() > 4 &&
                ascii_lower(words[i - 1]).find("day") != std::string::npos)
                begin = static_cast<std::size_t>(words[i - 1].data() - text.data());
            *rest =
                trim_copy(std::string(text.substr(0, begin)) + " " + std::string(text.substr(end)));
        }
        return date;
    }
    return {};
}

std::optional<MetadataLine> read_metadata_line(std::string_view raw) {
    std::string_view text = trim_view(raw);
    if (text.empty() || split_words(text).size() > 24) return std::nullopt;
    MetadataLine m;
    std::string rest;
    for (std::string_view verb : {"adopted", "approved", "agreed"}) {
        if (!starts_with_ci(text, verb)) continue;
        std::string date = find_date(text, &rest);
        if (date.empty()) return std::nullopt;
        m.adopted = date;
        // "Adopted by the Finance & Personnel Committee [on]": the body that adopted it.
        std::string_view by = rest;
        by = trim_view(by.substr(verb.size()));
        if (starts_with_ci(by, "by "))
            by = trim_view(by.substr(3));
        else if (starts_with_ci(by, "by:"))
            by = trim_view(by.substr(3));
        else if (!by.empty() && by.front() == ':')
            by = trim_view(by.substr(1));
        std::string body(by);
        for (std::string_view tail : {" on", ",", " at", " in"})
            if (body.size() > tail.size() &&
                body.compare(body.size() - tail.size(), tail.size(), tail) == 0)
                body.erase(body.size() - tail.size());
        if (starts_with_ci(body, "the ")) body.erase(0, 4);
        m.adopted_by = trim_copy(body);
        m.version = version_after(text);
        m.summary = "adopted " + m.adopted + (m.adopted_by.empty() ? "" : " by " + m.adopted_by);
        return m;
    }
    if (starts_with_ci(text, "last updated") || starts_with_ci(text, "updated") ||
        starts_with_ci(text, "last reviewed") || starts_with_ci(text, "last revised") ||
        starts_with_ci(text, "revised")) {
        m.updated = find_date(text);
        if (m.updated.empty()) return std::nullopt;
        m.version = version_after(text);
        m.summary = "updated " + m.updated + (m.version.empty() ? "" : ", version " + m.version);
        return m;
    }
    if (starts_with_ci(text, "version")) {
        m.version = version_after(text);
        if (m.version.empty()) return std::nullopt;
        std::string date = find_date(text, &rest);
        // "Version 3" alone, or with a date: nothing else may stand on the line.
        std::string left = date.empty() ? std::string(text) : rest;
        std::size_t words = split_words(left).size();
        if (words > 3) return std::nullopt;
        if (!date.empty()) m.date = date;
        m.summary = "version " + m.version + (m.date.empty() ? "" : ", date " + m.date);
        return m;
    }
    if (starts_with_ci(text, "date:") || starts_with_ci(text, "date of meeting:") ||
        starts_with_ci(text, "dated")) {
        m.date = find_date(text, &rest);
        if (m.date.empty()) return std::nullopt;
        m.summary = "date " + m.date;
        return m;
    }
    if (starts_with_ci(text, "time:")) {
        std::string t = trim_copy(text.substr(5));
        if (t.empty() || t.size() > 30 || !std::isdigit(static_cast<unsigned char>(t.front())))
            return std::nullopt;
        m.time = t;
        m.summary = "time " + t;
        return m;
    }
    return std::nullopt;
}

void apply_metadata_line(const MetadataLine& line, Metadata& meta) {
    if (!line.adopted.empty()) {
        meta.extra["adopted"] = line.adopted;
        HistoryEntry entry;
        entry.version = line.version;
        entry.date = line.adopted;
        entry.status = "adopted";
        entry.by = line.adopted_by;
        meta.history.push_back(entry);
    }
    if (!line.updated.empty()) meta.extra["updated"] = line.updated;
    if (!line.version.empty() && meta.version.empty()) meta.version = line.version;
    if (!line.date.empty() && meta.date.empty()) meta.date = line.date;
}

} // namespace clerk::import

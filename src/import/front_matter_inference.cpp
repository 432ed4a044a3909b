#include "import/front_matter_inference.hpp"

#include "import/numbering_styles.hpp"
#include "import/text_utils.hpp"

#include <cctype>
#include <map>

namespace clerk::import {

bool split_part_title(std::string_view text, std::string& part, std::string& title) {
    std::string place, rest;
    if (!split_place_title(text, place, rest) || place.rfind("Part", 0) != 0) return false;
    part = place;
    title = rest;
    return true;
}

namespace {

// A word of a council's name: a capital, then letters, apostrophes and joining hyphens
// ("Southend-on-Sea", "King's").
bool is_name_word(std::string_view w) {
    if (w.empty() || !std::isupper(static_cast<unsigned char>(w.front()))) return false;
    for (std::size_t i = 0; i < w.size();) {
        unsigned char c = static_cast<unsigned char>(w[i]);
        if (std::isalpha(c) || c == '\'' || c == '-') {
            ++i;
        } else if (w.compare(i, 3, "\u2019") == 0) {
            i += 3;
        } else {
            return false;
        }
    }
    return w.size() >= 2;
}

// The councils named in one line: "<Name> <Kind> Council" with up to four name words.
void councils_in(std::string_view line, std::vector<std::pair<std::string, std::string>>& out) {
    std::vector<std::string_view> words = split_words(line);
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string_view w = words[i];
        if (w.substr(0, 7) != "Council") continue;
        std::string_view tail = w.substr(7);
        if (!tail.empty() && std::isalpha(static_cast<unsigned char>(tail.front()))) continue;
        if (i == 0) continue;
        std::size_t k = i - 1;
        std::string kind(words[k]);
        if (kind != "Borough" && kind != "City" && kind != "County" && kind != "District" &&
            kind != "Town" && kind != "Parish")
            continue;
        if (kind == "Borough" && k > 0 &&
            (words[k - 1] == "Metropolitan" || words[k - 1] == "London")) {
            kind = std::string(words[k - 1]) + " Borough";
            --k;
        }
        std::size_t first = k;
        while (first > 0 && k - first < 4 && is_name_word(words[first - 1]))
            --first;
        while (first < k &&
               (words[first] == "The" || words[first] == "Dear" || words[first] == "To"))
            ++first;
        if (first == k) continue;
        std::string name;
        for (std::size_t j = first; j < k; ++j) {
            if (!name.empty()) name += ' ';
            name += words[j];
        }
        out.emplace_back(name, kind);
    }
}

} // namespace

std::string find_council(const std::vector<std::string>& lines) {
    std::map<std::string, int> counts;
    std::vector<std::string> order;
    for (const std::string& line : lines) {
        if (line.size() > 2000 || line.find(" Council") == std::string::npos) continue;
        std::vector<std::pair<std::string, std::string>> found;
        councils_in(line, found);
        for (const auto& [name, kind] : found) {
            std::string council = name + " " + kind + " Council";
            // A town or parish council is named in passing far more often than it writes.
            if (kind == "Town" || kind == "Parish") council = "~" + council;
            if (!counts.count(council)) order.push_back(council);
            ++counts[council];
        }
    }
    std::string best;
    int best_count = 0;
    for (const std::string& c : order) {
        bool minor = c.front() == '~';
        bool best_minor = !best.empty() && best.front() == '~';
        if (best.empty() || (best_minor && !minor) ||
            (minor == best_minor && counts[c] > best_count)) {
            best = c;
            best_count = counts[c];
        }
    }
    if (!best.empty() && best.front() == '~') best.erase(0, 1);
    return best;
}

bool reads_as_document_title(std::string_view text) {
    std::string_view t = trim_view(text);
    if (t.empty() || split_words(t).size() > 20 || last_char(t) == '.' || last_char(t) == ':')
        return false;
    std::string lower = ascii_lower(t);
    for (std::string_view kind : {"protocol", "code of conduct", "policy", "procedure", "plan",
                                  "guidance", "rules", "strategy", "terms of reference",
                                  "standing orders", "constitution", "charter", "framework"})
        if (lower.find(kind) != std::string::npos) return true;
    return false;
}

void fill_front_matter(Metadata& meta, const std::string& title_line, std::uint32_t title_at,
                       const std::vector<std::string>& lines, std::vector<ImportNote>& notes) {
    if (!title_line.empty()) {
        std::string part, title;
        if (split_place_title(title_line, part, title)) {
            meta.part = part;
            meta.title = title;
            notes.push_back({title_at, "front matter: title \"" + title + "\" and part \"" + part +
                                           "\" taken from this line"});
        } else {
            meta.title = trim_copy(title_line);
            notes.push_back(
                {title_at, "front matter: title \"" + meta.title + "\" taken from this line"});
        }
    }
    meta.council = find_council(lines);
    if (!meta.council.empty())
        notes.push_back({0, "front matter: council \"" + meta.council +
                                "\" is the council the text names most"});
    std::vector<std::string> missing;
    if (meta.title.empty()) missing.push_back("title");
    if (meta.council.empty()) missing.push_back("council");
    if (meta.part.empty()) missing.push_back("part");
    if (meta.version.empty()) missing.push_back("version");
    missing.push_back("status");
    if (meta.date.empty()) missing.push_back("date");
    missing.push_back("meeting");
    std::string list;
    for (std::size_t i = 0; i < missing.size(); ++i)
        list += (i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ") + missing[i];
    notes.push_back({0, "front matter: " + list + " not found in the text; fill them in"});
}

} // namespace clerk::import

#include "import/front_matter_inference.hpp"

#include "import/text_utils.hpp"

#include <map>
#include <regex>

namespace clerk::import {

bool split_part_title(std::string_view text, std::string& part, std::string& title) {
    static const std::regex pattern(
        R"(^(Part\s+[0-9]{1,2}[A-Za-z]?(?:\s*\([a-z0-9]{1,4}\))?)\s*(?:–|—|-|:)\s*(.+)$)");
    std::string t = trim_copy(text);
    if (t.size() > 300) return false;
    std::smatch m;
    if (!std::regex_match(t, m, pattern)) return false;
    part = m[1].str();
    title = trim_copy(m[2].str());
    return true;
}

std::string find_council(const std::vector<std::string>& lines) {
    static const std::regex pattern(
        R"(([A-Z][A-Za-z'’]+(?:(?:-on-|-upon-|-under-|-le-|-in-|-| )[A-Z][A-Za-z'’]+){0,3}) (Metropolitan Borough|London Borough|Borough|City|County|District|Town|Parish) Council\b)");
    std::map<std::string, int> counts;
    std::vector<std::string> order;
    for (const std::string& line : lines) {
        if (line.size() > 2000 || line.find(" Council") == std::string::npos) continue;
        for (auto it = std::sregex_iterator(line.begin(), line.end(), pattern);
             it != std::sregex_iterator(); ++it) {
            std::string name = (*it)[1].str();
            for (std::string_view lead : {"The ", "the ", "Dear ", "To "})
                if (name.rfind(lead, 0) == 0) name.erase(0, lead.size());
            std::string kind = (*it)[2].str();
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
        if (split_part_title(title_line, part, title)) {
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
    for (const char* field : {"version", "status", "date", "meeting"})
        missing.push_back(field);
    std::string list;
    for (std::size_t i = 0; i < missing.size(); ++i)
        list += (i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ") + missing[i];
    notes.push_back({0, "front matter: " + list + " not found in the text; fill them in"});
}

} // namespace clerk::import

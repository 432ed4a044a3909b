#include "import/pack_split.hpp"

#include "import/markup_cleanup.hpp"
#include "import/metadata_lines.hpp"
#include "import/page_furniture.hpp"
#include "import/text_utils.hpp"
#include "load/clause_number.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace clerk::import {

namespace {

std::string lower_words(std::string_view text) {
    std::string out;
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        out += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : ' ';
    }
    return out;
}

// The content words of a title, cut to five letters so that "relations" meets
// "relationships" and "councillor's" meets "councillor".
std::set<std::string> stems(std::string_view text) {
    static const std::set<std::string> minor{"the", "of", "and", "on",   "to", "a",        "an",
                                             "for", "in", "s",   "with", "by", "appendix", "annex"};
    std::set<std::string> out;
    std::string lowered = lower_words(text);
    for (std::string_view w : split_words(lowered)) {
        std::string word(w);
        if (minor.count(word) || word.size() < 2) continue;
        if (std::all_of(word.begin(), word.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            continue;
        out.insert(word.substr(0, 5));
    }
    return out;
}

// "Appendix 1: Protocol on ..." as a line of a report's list of appendices: the label and
// the title ("List of appendices:" and tabs taken off first).
struct Listed {
    std::string label; ///< "appendix 1"
    std::string title;
};

std::optional<Listed> listed_appendix(std::string_view text) {
    std::string t = trim_copy(text);
    std::string lower = ascii_lower(t);
    for (std::string_view lead : {"list of appendices", "appendices"}) {
        if (lower.rfind(lead, 0) == 0) {
            std::size_t after = t.find_first_of(":\t", lead.size());
            if (after == std::string::npos) return std::nullopt;
            t = trim_copy(std::string_view(t).substr(after + 1));
            lower = ascii_lower(t);
            break;
        }
    }
    auto appendix = match_appendix(t);
    if (!appendix || split_words(t).size() > 20) return std::nullopt;
    std::string title = trim_copy(appendix->title);
    // "(Local Government Association publication)": a remark, not the title's words.
    if (std::size_t open = title.find(" ("); open != std::string::npos && title.back() == ')')
        title = trim_copy(std::string_view(title).substr(0, open));
    while (!title.empty() && (title.back() == '.' || title.back() == '*'))
        title.pop_back();
    if (title.empty()) return std::nullopt;
    return Listed{ascii_lower(appendix->written), title};
}

bool is_agenda_item_line(std::string_view text) {
    std::string t = ascii_lower(trim_view(text));
    if (t.rfind("agenda item", 0) != 0) return false;
    std::string_view rest = trim_view(std::string_view(t).substr(11));
    return !rest.empty() && rest.size() <= 4 && std::all_of(rest.begin(), rest.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c));
    });
}

// A line that is only a date ("Tuesday, 6 February 2024", "11 November 2020").
bool is_date_line(std::string_view text) {
    std::string rest;
    if (find_date(text, &rest).empty()) return false;
    return split_words(rest).size() <= 1;
}

bool names_a_body(std::string_view text) {
    std::string t = lower_words(text);
    for (std::string_view word : split_words(t))
        for (const char* w : {"committee", "council", "cabinet", "board", "panel"})
            if (word == w) return true;
    return false;
}

// "List of appendices:" or a heading "11. Appendices": what follows lists the appendices.
bool opens_appendix_list(std::string_view text) {
    std::string t = ascii_lower(trim_view(text));
    if (t.rfind("list of appendices", 0) == 0) return true;
    if (auto n = match_heading_number(t)) t = t.substr(n->length);
    while (!t.empty() && (t.back() == ':' || t.back() == ' '))
        t.pop_back();
    return t == "appendices";
}

bool is_report_of_line(std::string_view text) {
    std::string t = ascii_lower(trim_view(text));
    return (t.rfind("report of ", 0) == 0 || t.rfind("report by ", 0) == 0 ||
            t.rfind("report from ", 0) == 0) &&
           split_words(t).size() <= 10;
}

class Splitter {
  public:
    Splitter(const std::vector<TextLine>& lines) {
        for (const TextLine& line : lines) {
            TextLine copy = line;
            clean_markup(copy);
            text_.push_back(copy.dropped ? std::string() : copy.text);
            heading_.push_back(copy.heading_level > 0 || copy.emphasised);
        }
    }

    std::vector<PackPart> run(const std::vector<std::string>& bookmarks) {
        std::vector<std::pair<std::size_t, std::string>> starts;
        if (bookmarks.size() >= 2) {
            std::size_t from = 0;
            for (const std::string& mark : bookmarks) {
                std::string want = lower_words(mark);
                for (std::size_t i = from; i < text_.size(); ++i) {
                    if (!text_[i].empty() &&
                        lower_words(text_[i]).find(want) != std::string::npos) {
                        starts.emplace_back(i, "bookmark \"" + mark + "\"");
                        from = i + 1;
                        break;
                    }
                }
            }
        } else {
            starts = text_signals();
        }
        return parts_from(starts);
    }

  private:
    std::size_t next_text(std::size_t i) const {
        while (i < text_.size() && text_[i].empty())
            ++i;
        return i;
    }

    std::vector<std::pair<std::size_t, std::string>> text_signals() {
        std::vector<std::pair<std::size_t, std::string>> starts;
        auto add = [&](std::size_t at, std::string why) {
            at = next_text(at);
            if (at >= text_.size()) return;
            if (!starts.empty() && starts.back().first + 1 >= at) return;
            starts.emplace_back(at, std::move(why));
        };
        std::size_t last_boundary = 0;
        for (std::size_t i = 0; i < text_.size(); ++i) {
            const std::string& t = text_[i];
            if (t.empty()) continue;
            if (is_agenda_item_line(t)) {
                skipped_.insert(i);
                add(i + 1, "\"" + t + "\"");
                last_boundary = i;
                continue;
            }
            if (is_blank_page_notice(t)) {
                skipped_.insert(i);
                add(i + 1, "after \"" + t + "\"");
                last_boundary = i;
                continue;
            }
            // A report's heading block: a body, a date, the title and "Report of ...".
            if (is_report_of_line(t) && (starts.empty() || i > last_boundary + 12)) {
                std::size_t seen = 0;
                for (std::size_t j = i; j-- > 0 && seen < 4;) {
                    if (text_[j].empty()) continue;
                    ++seen;
                    if (!is_date_line(text_[j])) continue;
                    std::size_t begin = j;
                    for (std::size_t k = j; k-- > 0;) {
                        if (text_[k].empty()) continue;
                        if (names_a_body(text_[k]) && split_words(text_[k]).size() <= 6) begin = k;
                        break;
                    }
                    add(begin, "a report's heading block (\"" + t + "\")");
                    last_boundary = i;
                    break;
                }
            }
            // The appendices the latest report lists, where their labels or titles stand.
            if (opens_appendix_list(t)) {
                in_list_ = true;
                listed_.clear();
                if (auto listed = listed_appendix(t)) listed_.push_back({*listed, i});
                continue;
            }
            if (in_list_) {
                if (auto listed = listed_appendix(t)) {
                    listed_.push_back({*listed, i});
                    continue;
                }
                in_list_ = false;
            }
            for (auto it = listed_.begin(); it != listed_.end(); ++it) {
                if (i <= it->second || split_words(t).size() > 16) continue;
                if (!opens_appendix(t, it->first)) continue;
                add(i, "appendix listed by the report: \"" + it->first.title + "\"");
                last_boundary = i;
                listed_.erase(listed_.begin(), it + 1);
                break;
            }
        }
        return starts;
    }

    // The line opens the listed appendix: its label standing alone or with its title, or a
    // line with most of the title's words.
    bool opens_appendix(const std::string& line, const Listed& listed) const {
        std::string lower = ascii_lower(line);
        std::set<std::string> want = stems(listed.title), have = stems(line);
        if (lower.rfind(listed.label, 0) == 0) {
            // The label alone ("Appendix A"), or with the listed title ("Appendix 2, Action
            // Plan"); a contents line naming another title is not the appendix.
            std::string_view rest = std::string_view(lower).substr(listed.label.size());
            if (rest.empty()) return true;
            if (std::isalnum(static_cast<unsigned char>(rest.front()))) return false;
            std::size_t shared = 0;
            for (const std::string& w : want)
                shared += have.count(w);
            return stems(rest).empty() || shared * 2 >= want.size();
        }
        if (want.size() < 2) return false;
        std::size_t shared = 0;
        for (const std::string& w : want)
            shared += have.count(w);
        return shared * 10 >= want.size() * 7 && have.size() <= want.size() * 2 + 2;
    }

    std::vector<PackPart>
    parts_from(const std::vector<std::pair<std::size_t, std::string>>& starts) {
        std::vector<PackPart> parts;
        std::size_t first = next_text(0);
        auto open = [&](std::size_t begin, std::string why) {
            if (!parts.empty()) parts.back().end = begin;
            PackPart p;
            p.begin = begin;
            p.why = std::move(why);
            parts.push_back(std::move(p));
        };
        if (first < text_.size() && (starts.empty() || starts.front().first > first))
            open(first, "the start of the pack");
        for (const auto& [at, why] : starts)
            open(at, why);
        if (!parts.empty()) parts.back().end = text_.size();
        std::size_t report = SIZE_MAX;
        for (std::size_t k = 0; k < parts.size(); ++k) {
            classify(parts[k], k == 0);
            // What follows a report, up to the next agenda, minutes or report, is its
            // appendices: the parts its list names, and a protocol, action plan or appendix
            // found by its own title ("Part 5(d) – Protocol ..." for "Appendix 1 – Redraft
            // of the Protocol").
            bool appended = parts[k].why.rfind("appendix listed", 0) == 0 ||
                            parts[k].kind == "appendix" || parts[k].kind == "protocol" ||
                            parts[k].kind == "action-plan";
            if (parts[k].kind == "report")
                report = k;
            else if (report != SIZE_MAX && appended)
                parts[report].appendices.push_back(k);
            else
                report = SIZE_MAX;
        }
        return parts;
    }

    void classify(PackPart& part, bool first) const {
        std::vector<std::string> opening;
        std::vector<bool> marked; // set out as a heading
        for (std::size_t i = part.begin; i < part.end && opening.size() < 12; ++i)
            if (!text_[i].empty() && !skipped_.count(i)) {
                opening.push_back(text_[i]);
                marked.push_back(heading_[i]);
            }
        auto any = [&](auto test) { return std::any_of(opening.begin(), opening.end(), test); };
        std::string title = opening.empty() ? "" : trim_copy(opening.front());
        if (part.why.rfind("appendix listed", 0) == 0) {
            std::string listed = part.why.substr(part.why.find('"') + 1);
            listed.pop_back();
            std::string t = ascii_lower(listed + " " + title);
            part.kind = t.find("action plan") != std::string::npos ? "action-plan"
                        : t.find("protocol") != std::string::npos  ? "protocol"
                                                                   : "appendix";
            // The label alone ("Appendix A") is no title: the report's list names it.
            part.title = match_appendix(title) && split_words(title).size() <= 3
                             ? title + " – " + listed
                             : title;
            return;
        }
        for (std::size_t k = 0; k < opening.size(); ++k) {
            if (is_report_of_line(opening[k])) {
                part.kind = "report";
                auto could_title = [&](const std::string& t) {
                    std::string l = ascii_lower(t);
                    return split_words(t).size() >= 2 && !is_date_line(t) && !names_a_body(t) &&
                           l.find("agenda") == std::string::npos &&
                           l.find("item") == std::string::npos &&
                           l.find("report") == std::string::npos;
                };
                // The title is the heading of the block, else the line above "Report of".
                for (std::size_t j = 1; j < opening.size() && part.title.empty(); ++j)
                    if (marked[j] && could_title(opening[j])) part.title = opening[j];
                for (std::size_t j = k; j-- > 0 && part.title.empty();)
                    if (could_title(opening[j])) part.title = opening[j];
                if (part.title.empty()) part.title = title;
                // A report whose heading block puts the title after "Report of".
                for (std::size_t j = k + 1; j < opening.size() && part.title == title; ++j)
                    if (split_words(opening[j]).size() >= 3 && !is_date_line(opening[j]) &&
                        !names_a_body(opening[j]) &&
                        ascii_lower(opening[j]).find("report") == std::string::npos)
                        part.title = opening[j];
                return;
            }
        }
        if (any([](const std::string& t) {
                std::string l = ascii_lower(t);
                return l.rfind("minutes of", 0) == 0 || l == "present:" ||
                       l.rfind("present:", 0) == 0;
            })) {
            part.kind = "minutes";
            for (const std::string& t : opening)
                if (ascii_lower(t).rfind("minutes", 0) == 0) part.title = t;
            if (part.title.empty()) part.title = "Minutes";
            return;
        }
        if (first || any([](const std::string& t) {
                std::string l = ascii_lower(t);
                return l == "agenda" || l == "a g e n d a" ||
                       l.rfind("public document pack", 0) == 0;
            })) {
            part.kind = "agenda";
            part.title = "Agenda";
            return;
        }
        std::string l = ascii_lower(title);
        part.kind = l.find("action plan") != std::string::npos ? "action-plan"
                    : l.find("protocol") != std::string::npos  ? "protocol"
                                                               : "appendix";
        part.title = title;
    }

    std::vector<std::string> text_;
    std::vector<bool> heading_; // the line was marked or set out as a heading
    std::set<std::size_t> skipped_;
    std::vector<std::pair<Listed, std::size_t>> listed_;
    bool in_list_ = false; // inside a report's list of appendices
};

} // namespace

std::vector<PackPart> find_pack_parts(const std::vector<TextLine>& lines,
                                      const std::vector<std::string>& bookmarks) {
    return Splitter(lines).run(bookmarks);
}

bool is_pack(const std::vector<PackPart>& parts) {
    if (parts.size() < 2) return false;
    return std::any_of(parts.begin(), parts.end(),
                       [](const PackPart& p) {
                           return p.kind == "minutes" || p.kind == "report" || p.kind == "agenda";
                       }) &&
           std::any_of(parts.begin() + 1, parts.end(),
                       [](const PackPart& p) { return p.kind != "appendix"; });
}

std::string part_file_name(const PackPart& part, std::size_t index) {
    std::string slug;
    std::size_t words = 0;
    std::string lowered = lower_words(part.title);
    for (std::string_view w : split_words(lowered)) {
        if (++words > 7) break;
        if (!slug.empty()) slug += '-';
        slug += w;
    }
    if (slug.empty()) slug = part.kind;
    std::string n = std::to_string(index + 1);
    if (n.size() < 2) n = "0" + n;
    return n + "-" + slug + ".md";
}

} // namespace clerk::import

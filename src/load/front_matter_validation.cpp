#include "load/front_matter_validation.hpp"

#include "model/ascii.hpp"
#include "model/document_kinds.hpp"
#include "model/metadata.hpp"
#include "text/similarity.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace clerk {

namespace {

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(),
                                        [](unsigned char c) { return std::isdigit(c) != 0; });
}

// Collects the errors of one front-matter block, each at the line of its node.
class Validator {
  public:
    Validator(std::uint32_t first_line, const std::string& path)
        : first_line_(first_line), path_(path) {}

    void key(const YAML::Node& node, const std::vector<std::string_view>& known,
             std::string_view where) {
        std::string name = node.Scalar();
        if (std::find(known.begin(), known.end(), name) != known.end()) return;
        std::string_view near = closest_word(name, known, false);
        if (near.empty()) return; // the council's own metadata, kept as it is
        std::string list;
        for (std::string_view k : known)
            list += (list.empty() ? "" : ", ") + std::string(k);
        add(node, fmt::format("unknown {} '{}': did you mean '{}'?", where, name, near),
            fmt::format("write '{}:'; the keys Clerk reads are: {}", near, list));
    }

    void status(const YAML::Node& node) {
        if (!node.IsScalar()) return;
        const std::vector<std::string>& statuses = known_statuses();
        std::string value = node.Scalar();
        if (std::find(statuses.begin(), statuses.end(), value) != statuses.end()) return;
        std::vector<std::string_view> candidates(statuses.begin(), statuses.end());
        std::string_view near = closest_word(ascii_lower(value), candidates, true);
        std::string list;
        for (const std::string& s : statuses)
            list += (list.empty() ? "" : " | ") + s;
        add(node,
            near.empty() ? fmt::format("unknown status '{}'", value)
                         : fmt::format("unknown status '{}': did you mean '{}'?", value, near),
            fmt::format("the status is one of: {}", list));
    }

    void kind(const YAML::Node& node) {
        if (!node.IsScalar()) return;
        const std::vector<std::string>& kinds = known_kinds();
        std::string value = node.Scalar();
        if (std::find(kinds.begin(), kinds.end(), value) != kinds.end()) return;
        std::vector<std::string_view> candidates(kinds.begin(), kinds.end());
        // "Report", "action plan", "reports": the kind meant.
        std::string key = ascii_lower(value);
        std::replace(key.begin(), key.end(), ' ', '-');
        std::string_view near = closest_word(key, candidates, true);
        std::string list;
        for (const std::string& k : kinds)
            list += (list.empty() ? "" : " | ") + k;
        add(node,
            near.empty() ? fmt::format("unknown kind '{}'", value)
                         : fmt::format("unknown kind '{}': did you mean '{}'?", value, near),
            fmt::format("the kind is one of: {}", list));
    }

    // A list of file names (`appendices:`): a report's appendices, beside it.
    void file_list(const YAML::Node& node, std::string_view key) {
        bool ok = node.IsSequence();
        if (ok)
            for (const auto& item : node)
                ok = ok && item.IsScalar() && !item.Scalar().empty();
        if (ok) return;
        add(node, fmt::format("'{}' must be a list of file names", key),
            fmt::format("write '{}: [appendix-1.md, appendix-2.md]', the files beside this one",
                        key));
    }

    void date(const YAML::Node& node, std::string_view key) {
        if (!node.IsScalar()) return;
        std::string why;
        if (is_iso_date(node.Scalar(), why)) return;
        add(node, fmt::format("'{}: {}' is not a date: {}", key, node.Scalar(), why),
            "write the date as YYYY-MM-DD, e.g. 2020-11-11");
    }

    void version(const YAML::Node& node) {
        if (!node.IsScalar() || is_version_string(node.Scalar())) return;
        add(node, fmt::format("'version: {}' is not a version string", node.Scalar()),
            "write the version as numbers separated by dots, quoted: version: \"2.1\"");
    }

    std::vector<Diagnostic> take() { return std::move(errors_); }

  private:
    void add(const YAML::Node& node, std::string message, std::string suggestion) {
        SourcePos pos{first_line_ + static_cast<std::uint32_t>(node.Mark().line),
                      static_cast<std::uint32_t>(node.Mark().column + 1)};
        errors_.push_back(
            error_at(path_, pos, "load/front-matter", std::move(message), std::move(suggestion)));
    }

    std::uint32_t first_line_;
    const std::string& path_;
    std::vector<Diagnostic> errors_;
};

} // namespace

const std::vector<std::string_view>& known_front_matter_keys() {
    // Every key Clerk reads or writes: the model's fields, `review`, an action plan's
    // `protocol`, what `clerk import` writes (`adopted`, `updated`, `time`, a report's
    // `appendices`) and the PDF's `keywords`.
    static const std::vector<std::string_view> keys{
        "title",    "council", "part",    "version",     "status",  "date",
        "time",     "meeting", "kind",    "definitions", "history", "review",
        "protocol", "adopted", "updated", "appendices",  "keywords"};
    return keys;
}

const std::vector<std::string_view>& known_history_keys() {
    static const std::vector<std::string_view> keys{"version", "date", "status", "by", "note"};
    return keys;
}

bool is_iso_date(std::string_view text, std::string& why) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4)) ||
        !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2))) {
        why = "dates are written YYYY-MM-DD";
        return false;
    }
    int year = std::stoi(std::string(text.substr(0, 4)));
    int month = std::stoi(std::string(text.substr(5, 2)));
    int day = std::stoi(std::string(text.substr(8, 2)));
    if (month < 1 || month > 12) {
        why = fmt::format("there is no month {}", month);
        return false;
    }
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int last = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    if (day < 1 || day > last) {
        why = fmt::format("month {} of {} has {} days", month, year, last);
        return false;
    }
    return true;
}

bool is_version_string(std::string_view text) {
    std::size_t i = 0;
    if (i < text.size() && (text[i] == 'v' || text[i] == 'V')) ++i;
    // Numbers separated by single dots.
    bool digits = false;
    while (i < text.size()) {
        if (std::isdigit(static_cast<unsigned char>(text[i]))) {
            digits = true;
            ++i;
        } else if (text[i] == '.' && digits && i + 1 < text.size() &&
                   std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
            ++i;
        } else {
            break;
        }
    }
    if (!digits) return false;
    if (i == text.size()) return true;
    // A short label after a hyphen: "1.0-rc1", "2.0-draft".
    if (text[i] != '-' || text.size() - i > 16 || i + 1 == text.size()) return false;
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i) + 1, text.end(),
                       [](unsigned char c) { return std::isalnum(c) || c == '.'; });
}

std::string_view closest_word(std::string_view word,
                              const std::vector<std::string_view>& candidates, bool allow_suffix) {
    std::string_view best;
    std::size_t best_distance = 3;
    for (std::string_view c : candidates) {
        std::size_t d = text::edit_distance(word, c);
        // "drafted" for "draft", "statuses" for "status": the known word and a suffix.
        bool prefix = allow_suffix && word.size() > c.size() && c.size() >= 4 &&
                      word.substr(0, c.size()) == c && word.size() - c.size() <= 3;
        if (prefix) d = std::min<std::size_t>(d, 1);
        // A short word is another word more often than a misspelling ("type" is not "time"):
        // it must begin as the candidate does.
        if (std::min(word.size(), c.size()) <= 4 && word.substr(0, 2) != c.substr(0, 2)) continue;
        if (d < best_distance && d * 2 < std::max(word.size(), c.size())) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

std::vector<Diagnostic> validate_front_matter(const std::string& yaml,
                                              std::uint32_t first_yaml_line,
                                              const std::string& path) {
    YAML::Node root;
    try {
        root = YAML::Load(yaml);
    } catch (const YAML::Exception&) {
        return {}; // the parser reports malformed YAML
    }
    Validator check(first_yaml_line, path);
    if (!root.IsMap()) return check.take();
    for (const auto& kv : root) {
        if (!kv.first.IsScalar()) continue;
        const std::string& key = kv.first.Scalar();
        check.key(kv.first, known_front_matter_keys(), "front matter key");
        if (key == "status")
            check.status(kv.second);
        else if (key == "date")
            check.date(kv.second, key);
        else if (key == "version")
            check.version(kv.second);
        else if (key == "kind")
            check.kind(kv.second);
        else if (key == "appendices")
            check.file_list(kv.second, key);
        else if (key == "history" && kv.second.IsSequence()) {
            for (const auto& entry : kv.second) {
                if (!entry.IsMap()) continue;
                for (const auto& field : entry) {
                    if (!field.first.IsScalar()) continue;
                    const std::string& name = field.first.Scalar();
                    check.key(field.first, known_history_keys(), "key in a history entry");
                    if (name == "status")
                        check.status(field.second);
                    else if (name == "date")
                        check.date(field.second, "date");
                    else if (name == "version")
                        check.version(field.second);
                }
            }
        }
    }
    return check.take();
}

} // namespace clerk

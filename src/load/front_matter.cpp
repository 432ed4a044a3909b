#include "load/front_matter.hpp"

#include "load/front_matter_validation.hpp"
#include "model/limits.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace clerk {

namespace {

bool is_fence(std::string_view line, bool closing) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    return line == "---" || (closing && line == "...");
}

// A problem found while walking the parsed YAML, at the line of the node that has it.
struct FrontMatterProblem {
    int yaml_line;
    std::string message;
    std::string suggestion;
};

// Counts the values front matter expands to. yaml-cpp shares the node an alias names, but
// every walk over the tree visits it again for each alias: a few hundred bytes of nested
// aliases ("billion laughs") would expand into billions of values.
class ValueBudget {
  public:
    void spend(const YAML::Node& node) {
        if (++used_ > limits::kFrontMatterValues)
            throw FrontMatterProblem{
                node.Mark().line,
                fmt::format("front matter expands to more than {} values (the limit); YAML "
                            "aliases (*name) repeat what their anchor (&name) holds",
                            limits::kFrontMatterValues),
                "write the values out instead of using anchors and aliases"};
    }

  private:
    std::size_t used_ = 0;
};

// The key of a mapping entry as text; complex keys (`? [a, b]`) are refused.
std::string key_text(const YAML::Node& key) {
    if (!key.IsScalar())
        throw FrontMatterProblem{key.Mark().line,
                                 "a front matter key must be a single word or phrase, not a list "
                                 "or mapping",
                                 "write each key as 'name: value'"};
    return key.Scalar();
}

nlohmann::ordered_json to_json(const YAML::Node& node, ValueBudget& budget) {
    budget.spend(node);
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        nlohmann::ordered_json out = nlohmann::ordered_json::object();
        for (const auto& kv : node)
            out[key_text(kv.first)] = to_json(kv.second, budget);
        return out;
    }
    case YAML::NodeType::Sequence: {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& item : node)
            out.push_back(to_json(item, budget));
        return out;
    }
    case YAML::NodeType::Scalar:
        return node.Scalar();
    default:
        return nullptr;
    }
}

Diagnostic make_error(const std::string& path, std::uint32_t line, std::uint32_t column,
                      std::string message, std::string suggestion) {
    return Diagnostic{Severity::Error,
                      "load/front-matter",
                      std::move(message),
                      path,
                      {{line, column}, {line, column}},
                      std::move(suggestion),
                      {}};
}

// The document-control table: a list of mappings with scalar fields. A field Clerk has no
// place for, or a value that is not a single one, is refused rather than dropped.
void read_history(const YAML::Node& value, Metadata& meta, ValueBudget& budget) {
    const char* entry_form = "write each entry as '  - { version: \"1.0\", date: 2014-05-22, "
                             "status: adopted, by: Council }'";
    budget.spend(value);
    if (value.IsNull()) return;
    if (!value.IsSequence())
        throw FrontMatterProblem{value.Mark().line,
                                 "front matter 'history' must be a list of entries", entry_form};
    for (const auto& item : value) {
        budget.spend(item);
        if (!item.IsMap())
            throw FrontMatterProblem{item.Mark().line, "each 'history' entry must be a mapping",
                                     entry_form};
        HistoryEntry entry;
        for (const auto& field : item) {
            budget.spend(field.second);
            std::string name = key_text(field.first);
            std::string* target = name == "version"  ? &entry.version
                                  : name == "date"   ? &entry.date
                                  : name == "status" ? &entry.status
                                  : name == "by"     ? &entry.by
                                  : name == "note"   ? &entry.note
                                                     : nullptr;
            // A likely misspelling ("staus") is left to the validation, which names the key
            // meant; any other field would be dropped, so it is refused.
            if (!target && !closest_word(name, known_history_keys(), false).empty()) continue;
            if (!target)
                throw FrontMatterProblem{
                    field.first.Mark().line,
                    fmt::format("unknown 'history' field '{}': the fields are version, date, "
                                "status, by and note",
                                name),
                    "rename the field, or put what it says in 'note'"};
            if (field.second.IsNull()) continue;
            if (!field.second.IsScalar())
                throw FrontMatterProblem{
                    field.first.Mark().line,
                    fmt::format("'history' field '{}' must be a single value, not a list or "
                                "mapping",
                                name),
                    fmt::format("write '{}: <value>'", name)};
            *target = field.second.Scalar();
        }
        meta.history.push_back(std::move(entry));
    }
}

// Fills `meta` from the front matter's mapping; throws FrontMatterProblem.
void read_fields(const YAML::Node& root, Metadata& meta) {
    ValueBudget budget;
    for (const auto& kv : root) {
        budget.spend(kv.first);
        std::string key = key_text(kv.first);
        const YAML::Node& value = kv.second;
        auto scalar = [&](std::string& field) {
            budget.spend(value);
            if (value.IsNull()) return;
            if (!value.IsScalar())
                throw FrontMatterProblem{
                    kv.first.Mark().line,
                    fmt::format("front matter key '{}' must be a single value", key),
                    fmt::format("write '{}: <value>' on one line", key)};
            field = value.Scalar();
        };
        if (key == "title")
            scalar(meta.title);
        else if (key == "council")
            scalar(meta.council);
        else if (key == "part")
            scalar(meta.part);
        else if (key == "version")
            scalar(meta.version);
        else if (key == "status")
            scalar(meta.status);
        else if (key == "date")
            scalar(meta.date);
        else if (key == "meeting")
            scalar(meta.meeting);
        else if (key == "kind")
            scalar(meta.kind);
        else if (key == "definitions")
            scalar(meta.definitions);
        else if (key == "history")
            read_history(value, meta, budget);
        else
            meta.extra[key] = to_json(value, budget);
    }
}

} // namespace

std::optional<FrontMatterBlock> find_front_matter(const std::string& text, const std::string& path,
                                                  Diagnostic& error) {
    FrontMatterBlock block;
    std::size_t eol = text.find('\n');
    std::string_view first(text.data(), eol == std::string::npos ? text.size() : eol);
    if (!is_fence(first, false)) return block;
    std::size_t pos = eol == std::string::npos ? text.size() : eol + 1;
    block.yaml_begin = pos;
    std::uint32_t line = 2;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        std::size_t stop = end == std::string::npos ? text.size() : end;
        if (is_fence(std::string_view(text).substr(pos, stop - pos), true)) {
            block.found = true;
            block.yaml_end = pos;
            block.body_begin = end == std::string::npos ? text.size() : end + 1;
            return block;
        }
        pos = stop + 1;
        ++line;
    }
    error = make_error(path, 1, 1, "front matter opened with '---' on line 1 is never closed",
                       "end the metadata block with a line '---'");
    return std::nullopt;
}

std::optional<Metadata> parse_front_matter(const std::string& yaml, std::uint32_t first_yaml_line,
                                           const std::string& path, Diagnostic& error) {
    YAML::Node root;
    try {
        root = YAML::Load(yaml);
    } catch (const YAML::Exception& e) {
        error =
            make_error(path, first_yaml_line + static_cast<std::uint32_t>(std::max(0, e.mark.line)),
                       static_cast<std::uint32_t>(std::max(0, e.mark.column) + 1),
                       "malformed front matter: " + e.msg,
                       "fix the YAML between the '---' lines (each line 'key: value'; quote "
                       "values that contain ': ' or start with a special character)");
        return std::nullopt;
    }
    Metadata meta;
    meta.pos = {first_yaml_line > 1 ? first_yaml_line - 1 : 1, 1};
    if (root.IsNull()) return meta;
    if (!root.IsMap()) {
        error = make_error(path, first_yaml_line, 1,
                           "malformed front matter: expected 'key: value' lines",
                           "write the metadata as a YAML mapping, e.g. 'title: Protocol ...'");
        return std::nullopt;
    }
    auto line_of = [&](const YAML::Node& n) {
        return first_yaml_line + static_cast<std::uint32_t>(std::max(0, n.Mark().line));
    };
    try {
        read_fields(root, meta);
    } catch (const FrontMatterProblem& problem) {
        error = make_error(
            path, first_yaml_line + static_cast<std::uint32_t>(std::max(0, problem.yaml_line)), 1,
            problem.message, problem.suggestion);
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        error = make_error(path, line_of(root), 1, "unusable front matter: " + e.msg,
                           "write the metadata as 'key: value' lines (see README, 'The Markdown "
                           "form')");
        return std::nullopt;
    }
    return meta;
}

} // namespace clerk

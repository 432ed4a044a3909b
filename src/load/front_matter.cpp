#include "load/front_matter.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace clerk {

namespace {

bool is_fence(std::string_view line, bool closing) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    return line == "---" || (closing && line == "...");
}

nlohmann::ordered_json to_json(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        nlohmann::ordered_json out = nlohmann::ordered_json::object();
        for (const auto& kv : node) out[kv.first.as<std::string>()] = to_json(kv.second);
        return out;
    }
    case YAML::NodeType::Sequence: {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& item : node) out.push_back(to_json(item));
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
    return Diagnostic{Severity::Error, "load/front-matter", std::move(message), path,
                      {{line, column}, {line, column}}, std::move(suggestion), {}};
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
        error = make_error(path, first_yaml_line + static_cast<std::uint32_t>(e.mark.line),
                           static_cast<std::uint32_t>(e.mark.column + 1),
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
        return first_yaml_line + static_cast<std::uint32_t>(n.Mark().line);
    };
    for (const auto& kv : root) {
        std::string key = kv.first.as<std::string>();
        const YAML::Node& value = kv.second;
        auto scalar = [&](std::string& field) -> bool {
            if (value.IsNull()) return true;
            if (!value.IsScalar()) {
                error = make_error(path, line_of(kv.first), 1,
                                   fmt::format("front matter key '{}' must be a single value", key),
                                   fmt::format("write '{}: <value>' on one line", key));
                return false;
            }
            field = value.Scalar();
            return true;
        };
        bool ok = true;
        if (key == "title") ok = scalar(meta.title);
        else if (key == "council") ok = scalar(meta.council);
        else if (key == "part") ok = scalar(meta.part);
        else if (key == "version") ok = scalar(meta.version);
        else if (key == "status") ok = scalar(meta.status);
        else if (key == "date") ok = scalar(meta.date);
        else if (key == "meeting") ok = scalar(meta.meeting);
        else if (key == "kind") ok = scalar(meta.kind);
        else if (key == "definitions") ok = scalar(meta.definitions);
        else if (key == "history") {
            if (value.IsNull()) continue;
            if (!value.IsSequence()) {
                error = make_error(path, line_of(kv.first), 1,
                                   "front matter 'history' must be a list of entries",
                                   "write each entry as '  - { version: \"1.0\", date: 2014-05-22, "
                                   "status: adopted, by: Council }'");
                return std::nullopt;
            }
            for (const auto& item : value) {
                if (!item.IsMap()) {
                    error = make_error(path, line_of(item), 1,
                                       "each 'history' entry must be a mapping",
                                       "write '- { version: \"1.0\", date: 2014-05-22, status: "
                                       "adopted, by: Council }'");
                    return std::nullopt;
                }
                HistoryEntry entry;
                for (const auto& field : item) {
                    std::string name = field.first.as<std::string>();
                    std::string text = field.second.IsScalar() ? field.second.Scalar() : "";
                    if (name == "version") entry.version = text;
                    else if (name == "date") entry.date = text;
                    else if (name == "status") entry.status = text;
                    else if (name == "by") entry.by = text;
                    else if (name == "note") entry.note = text;
                }
                meta.history.push_back(std::move(entry));
            }
        } else {
            meta.extra[key] = to_json(value);
        }
        if (!ok) return std::nullopt;
    }
    return meta;
}

} // namespace clerk

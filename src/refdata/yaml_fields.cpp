#include "refdata/yaml_fields.hpp"

#include <fmt/format.h>

namespace clerk::refdata {

SourcePos position(const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    if (mark.line < 0) return {};
    return {static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1)};
}

YAML::Node parse_yaml(const std::string& text) {
    try {
        return YAML::Load(text);
    } catch (const YAML::Exception& e) {
        throw DataError{"malformed YAML: " + e.msg,
                        "fix the YAML syntax (indentation, a missing ':' or an unquoted value "
                        "that starts with a special character)",
                        {static_cast<std::uint32_t>(e.mark.line + 1),
                         static_cast<std::uint32_t>(e.mark.column + 1)}};
    }
}

void require_map(const YAML::Node& node, const char* what) {
    if (!node.IsMap())
        throw DataError{fmt::format("{} must be a mapping of 'key: value' lines", what),
                        "write each entry as '- key: value' with its fields indented under it",
                        position(node)};
}

YAML::Node require_sequence(const YAML::Node& map, const char* key, const char* what) {
    if (!map.IsMap())
        throw DataError{
            fmt::format("the file must be a mapping with a '{}:' list of {}", key, what),
            fmt::format("start the file with '{}:' and list the {} under it", key, what),
            position(map)};
    YAML::Node node = map[key];
    if (!node || node.IsNull())
        throw DataError{fmt::format("missing '{}:' list of {}", key, what),
                        fmt::format("add '{}:' with one '- ' entry per item", key), position(map)};
    if (!node.IsSequence())
        throw DataError{fmt::format("'{}' must be a list of {}", key, what),
                        "write one entry per line starting with '- '", position(node)};
    return node;
}

std::string require_string(const YAML::Node& map, const char* key, const char* what) {
    YAML::Node node = map[key];
    if (!node || node.IsNull() || !node.IsScalar() || node.Scalar().empty())
        throw DataError{fmt::format("{} has no '{}'", what, key),
                        fmt::format("add '{}: ...' to the entry", key),
                        node && node.IsDefined() ? position(node) : position(map)};
    return node.Scalar();
}

std::string optional_string(const YAML::Node& map, const char* key) {
    YAML::Node node = map[key];
    if (!node || node.IsNull()) return {};
    if (!node.IsScalar())
        throw DataError{fmt::format("'{}' must be a single value", key),
                        "write it on one line, quoted if it contains ': '", position(node)};
    return node.Scalar();
}

int require_int(const YAML::Node& map, const char* key, const char* what) {
    std::string text = require_string(map, key, what);
    try {
        std::size_t used = 0;
        int value = std::stoi(text, &used);
        if (used == text.size()) return value;
    } catch (const std::exception&) {
    }
    throw DataError{fmt::format("{}: '{}' must be a whole number, not '{}'", what, key, text),
                    fmt::format("write '{}: 2011'", key), position(map[key])};
}

std::vector<std::string> optional_strings(const YAML::Node& map, const char* key) {
    std::vector<std::string> out;
    YAML::Node node = map[key];
    if (!node || node.IsNull()) return out;
    if (node.IsScalar()) {
        out.push_back(node.Scalar());
        return out;
    }
    if (!node.IsSequence())
        throw DataError{fmt::format("'{}' must be a list of strings", key),
                        fmt::format("write '{}: [first, second]'", key), position(node)};
    for (const auto& item : node) {
        if (!item.IsScalar())
            throw DataError{fmt::format("every item of '{}' must be a string", key),
                            "quote items that contain ':' or start with a special character",
                            position(item)};
        out.push_back(item.Scalar());
    }
    return out;
}

Diagnostic data_diagnostic(const std::string& file, const std::string& code,
                           const DataError& error) {
    return error_at(file, error.pos, code, error.message, error.suggestion);
}

} // namespace clerk::refdata

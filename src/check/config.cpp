#include "check/engine.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace clerk::check {

namespace {

Diagnostic config_problem(const std::string& path, int line, std::string message,
                          std::string help) {
    auto l = static_cast<std::uint32_t>(line);
    return error_at(path, {l, 1}, "config/invalid", std::move(message), std::move(help));
}

std::string relative_to(const std::string& config_path, const std::string& value) {
    std::filesystem::path p(value);
    if (p.is_absolute()) return value;
    return (std::filesystem::path(config_path).parent_path() / p).string();
}

// A setting that must be one value (a path); a list or mapping is reported, not thrown.
std::optional<std::string> path_setting(const std::string& path, const YAML::Node& key,
                                        const YAML::Node& value,
                                        std::vector<Diagnostic>& diagnostics) {
    if (value.IsScalar()) return relative_to(path, value.Scalar());
    diagnostics.push_back(
        config_problem(path, key.Mark().line + 1,
                       fmt::format("'{}' must be one path, not a list or mapping", key.Scalar()),
                       fmt::format("write '{}: <folder or file>'", key.Scalar())));
    return std::nullopt;
}

void read_settings(const std::string& path, const YAML::Node& root, CheckConfig& config,
                   std::vector<Diagnostic>& diagnostics);

} // namespace

CheckConfig parse_config(const std::string& text, const std::string& path,
                         std::vector<Diagnostic>& diagnostics) {
    CheckConfig config;
    config.path = path;
    YAML::Node root;
    try {
        root = YAML::Load(text);
        if (!root.IsMap()) {
            if (!root.IsNull())
                diagnostics.push_back(config_problem(
                    path, root.Mark().line + 1, "the configuration must be 'setting: value' lines",
                    "see README, 'Configuration'"));
            return config;
        }
        read_settings(path, root, config, diagnostics);
    } catch (const YAML::Exception& e) {
        diagnostics.push_back(config_problem(path, std::max(0, e.mark.line) + 1,
                                             "malformed configuration: " + e.msg,
                                             "fix the YAML (see README, 'Configuration')"));
    }
    return config;
}

namespace {

void read_settings(const std::string& path, const YAML::Node& root, CheckConfig& config,
                   std::vector<Diagnostic>& diagnostics) {
    for (const auto& kv : root) {
        int line = kv.first.Mark().line + 1;
        if (!kv.first.IsScalar()) {
            diagnostics.push_back(config_problem(path, line, "a setting's name must be a word",
                                                 "write 'setting: value' lines"));
            continue;
        }
        std::string key = kv.first.Scalar();
        if (key == "rules") {
            if (!kv.second.IsMap()) {
                diagnostics.push_back(config_problem(
                    path, line, "'rules' must map rule IDs to on, off, error, warning or info",
                    "write e.g. 'rules: { lang/gendered: off }'"));
                continue;
            }
            for (const auto& rule : kv.second) {
                if (!rule.first.IsScalar()) {
                    diagnostics.push_back(
                        config_problem(path, rule.first.Mark().line + 1,
                                       "a rule ID must be a word written "
                                       "family/name",
                                       "run `clerk rules` for the list of rule IDs"));
                    continue;
                }
                std::string id = rule.first.Scalar();
                std::string value = rule.second.IsScalar() ? rule.second.Scalar() : "";
                int rule_line = rule.first.Mark().line + 1;
                const Rule* known = find_rule(id);
                if (!known) {
                    diagnostics.push_back(
                        config_problem(path, rule_line, fmt::format("unknown rule '{}'", id),
                                       "run `clerk rules` for the list of rule IDs"));
                    continue;
                }
                Severity severity;
                if (value == "off" || value == "false")
                    config.rules[id] = std::nullopt;
                else if (value == "on" || value == "true")
                    config.rules[id] = known->severity;
                else if (parse_severity(value, severity))
                    config.rules[id] = severity;
                else
                    diagnostics.push_back(config_problem(
                        path, rule_line, fmt::format("'{}' is not a setting for {}", value, id),
                        "use on, off, error, warning or info"));
            }
        } else if (key == "reference") {
            if (auto p = path_setting(path, kv.first, kv.second, diagnostics))
                config.reference_dir = *p;
        } else if (key == "constitution_map") {
            if (auto p = path_setting(path, kv.first, kv.second, diagnostics))
                config.constitution_map = *p;
        } else if (key == "templates") {
            if (auto p = path_setting(path, kv.first, kv.second, diagnostics))
                config.templates = *p;
        } else if (key == "kept_titles") {
            if (!kv.second.IsSequence()) {
                diagnostics.push_back(
                    config_problem(path, line, "'kept_titles' must be a list of titles",
                                   "write e.g. 'kept_titles: [Chairman, Vice-Chairman]'"));
                continue;
            }
            for (const auto& title : kv.second)
                if (title.IsScalar()) config.kept_titles.push_back(title.Scalar());
        } else {
            diagnostics.push_back(config_problem(
                path, line, fmt::format("unknown setting '{}'", key),
                "known settings: rules, reference, constitution_map, templates, kept_titles"));
        }
    }
}

} // namespace

} // namespace clerk::check

#include "check/engine.hpp"

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

} // namespace

CheckConfig read_config(const std::string& path, std::vector<Diagnostic>& diagnostics) {
    CheckConfig config;
    config.path = path;
    YAML::Node root;
    try {
        root = YAML::LoadFile(path);
    } catch (const YAML::BadFile&) {
        diagnostics.push_back(config_problem(path, 0, "cannot read the configuration file",
                                             "check the path given with --config"));
        return config;
    } catch (const YAML::Exception& e) {
        diagnostics.push_back(config_problem(path, e.mark.line + 1,
                                             "malformed configuration: " + e.msg,
                                             "fix the YAML (see README, 'Configuration')"));
        return config;
    }
    if (!root.IsMap()) return config;
    for (const auto& kv : root) {
        std::string key = kv.first.as<std::string>();
        int line = kv.first.Mark().line + 1;
        if (key == "rules") {
            if (!kv.second.IsMap()) {
                diagnostics.push_back(config_problem(
                    path, line, "'rules' must map rule IDs to on, off, error, warning or info",
                    "write e.g. 'rules: { lang/gendered: off }'"));
                continue;
            }
            for (const auto& rule : kv.second) {
                std::string id = rule.first.as<std::string>();
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
            config.reference_dir = relative_to(path, kv.second.as<std::string>());
        } else if (key == "constitution_map") {
            config.constitution_map = relative_to(path, kv.second.as<std::string>());
        } else if (key == "templates") {
            config.templates = relative_to(path, kv.second.as<std::string>());
        } else if (key == "kept_titles") {
            if (!kv.second.IsSequence()) {
                diagnostics.push_back(config_problem(
                    path, line, "'kept_titles' must be a list of titles",
                    "write e.g. 'kept_titles: [Chairman, Vice-Chairman]'"));
                continue;
            }
            for (const auto& title : kv.second)
                if (title.IsScalar()) config.kept_titles.push_back(title.Scalar());
        } else {
            diagnostics.push_back(
                config_problem(path, line, fmt::format("unknown setting '{}'", key),
                               "known settings: rules, reference, constitution_map, templates, kept_titles"));
        }
    }
    return config;
}

CheckConfig config_for(const std::string& document_path, const std::string& explicit_path,
                       std::vector<Diagnostic>& diagnostics) {
    if (!explicit_path.empty()) return read_config(explicit_path, diagnostics);
    auto beside = std::filesystem::path(document_path).parent_path() / "clerk.yaml";
    std::error_code ec;
    if (std::filesystem::exists(beside, ec)) return read_config(beside.string(), diagnostics);
    return {};
}

} // namespace clerk::check

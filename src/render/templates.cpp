#include "render/templates.hpp"

#include "io/files.hpp"
#include "render/mustache.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace clerk::render {

namespace fs = std::filesystem;

namespace {

Diagnostic template_problem(const std::string& path, int line, std::string message,
                            std::string help) {
    auto l = static_cast<std::uint32_t>(line);
    return error_at(path, {l, line > 0 ? 1u : 0u}, "render/templates", std::move(message),
                    std::move(help));
}

bool is_file(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

// The first folder that has `name`, or an empty path.
fs::path find_in(const std::vector<std::string>& folders, std::string_view name) {
    for (const std::string& folder : folders)
        if (is_file(fs::path(folder) / name)) return fs::path(folder) / name;
    return {};
}

std::optional<std::string> read_template(const std::vector<std::string>& folders,
                                         std::string_view name, std::string& path_out,
                                         std::vector<Diagnostic>& diagnostics) {
    fs::path path = find_in(folders, name);
    if (path.empty()) {
        std::string where = folders.empty() ? std::string("(no template folder)") : folders.back();
        diagnostics.push_back(template_problem(
            where, 0, fmt::format("no {} in the template folders", name),
            "restore it from the bundled templates/ folder, or point clerk.yaml's 'templates:' "
            "at a folder that has it"));
        return std::nullopt;
    }
    path_out = path.string();
    FileContents contents = read_file(path_out, 4u << 20);
    if (!contents.bytes) {
        diagnostics.push_back(template_problem(path_out, 0,
                                               "cannot read the template: " + contents.error,
                                               "check the file's permissions"));
        return std::nullopt;
    }
    return std::move(*contents.bytes);
}

// Flattens a YAML map of strings into dotted keys.
void flatten(const YAML::Node& node, const std::string& prefix,
             std::map<std::string, std::string, std::less<>>& out,
             std::map<std::string, int>& lines) {
    for (const auto& kv : node) {
        std::string key = prefix + kv.first.as<std::string>();
        if (kv.second.IsMap()) {
            flatten(kv.second, key + ".", out, lines);
        } else {
            out[key] = kv.second.IsScalar() ? kv.second.Scalar() : std::string{};
            lines[key] = kv.first.Mark().line + 1;
        }
    }
}

// Reads one wording file; with `known` non-empty, keys outside it are errors.
void read_wording(const fs::path& path,
                  const std::map<std::string, std::string, std::less<>>& known,
                  std::map<std::string, std::string, std::less<>>& into,
                  std::vector<Diagnostic>& diagnostics) {
    FileContents contents = read_file(path.string(), 1u << 20);
    if (!contents.bytes) {
        diagnostics.push_back(template_problem(path.string(), 0,
                                               "cannot read the wording: " + contents.error,
                                               "check the file's permissions"));
        return;
    }
    YAML::Node root;
    try {
        root = YAML::Load(*contents.bytes);
    } catch (const YAML::Exception& e) {
        diagnostics.push_back(template_problem(path.string(), e.mark.line + 1,
                                               "malformed wording file: " + e.msg,
                                               "fix the YAML; every value is a line of text"));
        return;
    }
    if (root.IsNull()) return;
    if (!root.IsMap()) {
        diagnostics.push_back(template_problem(path.string(), 1,
                                               "the wording file must map names to text",
                                               "write e.g. 'contents: Contents'"));
        return;
    }
    std::map<std::string, std::string, std::less<>> words;
    std::map<std::string, int> lines;
    flatten(root, "", words, lines);
    for (auto& [key, value] : words) {
        if (!known.empty() && !known.count(key)) {
            diagnostics.push_back(template_problem(
                path.string(), lines[key], fmt::format("unknown wording '{}'", key),
                "use a name from the bundled templates/wording.yaml"));
            continue;
        }
        if (!mustache_is_valid(value)) {
            diagnostics.push_back(template_problem(
                path.string(), lines[key], fmt::format("'{}': {}", key, mustache_error(value)),
                "close every {{#name}} with {{/name}}"));
            continue;
        }
        into[key] = value;
    }
}

std::string base64(std::string_view bytes) {
    static constexpr char table[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        auto n = (static_cast<unsigned char>(bytes[i]) << 16) |
                 (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                 static_cast<unsigned char>(bytes[i + 2]);
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += table[(n >> 6) & 63];
        out += table[n & 63];
    }
    if (i < bytes.size()) {
        auto n = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? table[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

} // namespace

std::string Templates::word(std::string_view key) const {
    auto it = wording.find(key);
    return it == wording.end() ? std::string(key) : it->second;
}

TemplatesResult load_templates(const std::vector<std::string>& folders) {
    TemplatesResult result;
    Templates t;
    std::string ignored;
    auto page = read_template(folders, kPageTemplate, t.page_path, result.diagnostics);
    auto screen = read_template(folders, kScreenStyles, ignored, result.diagnostics);
    auto print = read_template(folders, kPrintStyles, ignored, result.diagnostics);
    if (page && !mustache_is_valid(*page))
        result.diagnostics.push_back(template_problem(t.page_path, 0, mustache_error(*page),
                                                      "close every {{#name}} with {{/name}}"));
    // Wording: the last folder (the bundled set) defines the keys; earlier ones override.
    std::vector<fs::path> wording_files;
    for (const std::string& folder : folders)
        if (is_file(fs::path(folder) / kWording))
            wording_files.push_back(fs::path(folder) / kWording);
    if (wording_files.empty()) {
        read_template(folders, kWording, ignored, result.diagnostics); // reports it missing
    } else {
        read_wording(wording_files.back(), {}, t.wording, result.diagnostics);
        std::map<std::string, std::string, std::less<>> known = t.wording;
        for (auto it = wording_files.rbegin() + 1; it != wording_files.rend(); ++it)
            read_wording(*it, known, t.wording, result.diagnostics);
    }
    for (std::string_view name : {"logo.svg", "logo.png"}) {
        fs::path path = find_in(folders, name);
        if (path.empty()) continue;
        FileContents logo = read_file(path.string(), 2u << 20);
        if (logo.bytes) {
            std::string_view type = name == "logo.svg" ? "image/svg+xml" : "image/png";
            t.logo = fmt::format("data:{};base64,{}", type, base64(*logo.bytes));
        }
        break;
    }
    if (!page || !screen || !print || !result.diagnostics.empty()) return result;
    t.page = std::move(*page);
    t.screen_css = std::move(*screen);
    t.print_css = std::move(*print);
    result.templates = std::move(t);
    return result;
}

} // namespace clerk::render

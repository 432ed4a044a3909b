#include "pdf/style.hpp"

#include "io/files.hpp"
#include "pdf/font_setup.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fontconfig/fontconfig.h>
#include <functional>
#include <map>
#include <yaml-cpp/yaml.h>

namespace clerk::pdf {

namespace fs = std::filesystem;

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

Diagnostic style_problem(const std::string& path, int line, std::string message, std::string help) {
    auto l = static_cast<std::uint32_t>(std::max(line, 0));
    return error_at(path, {l, line > 0 ? 1u : 0u}, "pdf/style", std::move(message),
                    std::move(help));
}

/// One setting as written: its text and where.
struct Written {
    std::string value;
    std::string file;
    int line = 0;
};

void flatten(const YAML::Node& node, const std::string& prefix, const std::string& file,
             std::map<std::string, Written>& out) {
    for (const auto& kv : node) {
        std::string key = prefix + kv.first.as<std::string>();
        if (kv.second.IsMap())
            flatten(kv.second, key + ".", file, out);
        else
            out[key] = {kv.second.IsScalar() ? kv.second.Scalar() : std::string{}, file,
                        kv.first.Mark().line + 1};
    }
}

// Reads one pdf.yaml into dotted keys; false (with a diagnostic) when it is unusable.
bool read_style_file(const fs::path& path, std::map<std::string, Written>& out,
                     std::vector<Diagnostic>& diagnostics) {
    FileContents contents = read_file(path.string(), 1u << 20);
    if (!contents.bytes) {
        diagnostics.push_back(style_problem(path.string(), 0,
                                            "cannot read the PDF style: " + contents.error,
                                            "check the file's permissions"));
        return false;
    }
    try {
        YAML::Node root = YAML::Load(*contents.bytes);
        if (root.IsNull()) return true;
        if (!root.IsMap()) {
            diagnostics.push_back(style_problem(path.string(), 1,
                                                "the PDF style must map settings to values",
                                                "write e.g. 'sizes: { body: 11 }'"));
            return false;
        }
        flatten(root, "", path.string(), out);
    } catch (const YAML::Exception& e) {
        diagnostics.push_back(style_problem(path.string(), e.mark.line + 1,
                                            "malformed PDF style: " + e.msg,
                                            "fix the YAML (see the bundled templates/pdf.yaml)"));
        return false;
    }
    return true;
}

bool parse_number(const std::string& text, double& out) {
    try {
        std::size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size() && out >= 0 && out < 10000;
    } catch (...) {
        return false;
    }
}

bool parse_colour(const std::string& text, Colour& out) {
    if (text.size() != 7 || text[0] != '#') return false;
    unsigned v = 0;
    for (std::size_t i = 1; i < 7; ++i) {
        char c = text[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) return false;
        v = v * 16 + static_cast<unsigned>(d);
    }
    out = {((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0, (v & 255) / 255.0};
    return true;
}

/// How a setting is read into the style: returns the help text when the value is bad.
using Setter = std::function<std::string(const std::string&, PdfStyle&)>;

Setter length(double PdfStyle::*field) {
    return [field](const std::string& v, PdfStyle& s) -> std::string {
        double d = 0;
        if (!parse_number(v, d)) return "write a length in millimetres, e.g. 20";
        s.*field = d * kPointsPerMm;
        return {};
    };
}

Setter number(double PdfStyle::*field) {
    return [field](const std::string& v, PdfStyle& s) -> std::string {
        double d = 0;
        if (!parse_number(v, d) || d == 0) return "write a positive number, e.g. 11";
        s.*field = d;
        return {};
    };
}

Setter fraction(double PdfStyle::*field) {
    return [field](const std::string& v, PdfStyle& s) -> std::string {
        double d = 0;
        if (!parse_number(v, d) || d > 1) return "write a number from 0 to 1, e.g. 0.1";
        s.*field = d;
        return {};
    };
}

Setter flag(bool PdfStyle::*field) {
    return [field](const std::string& v, PdfStyle& s) -> std::string {
        if (v == "true" || v == "yes")
            s.*field = true;
        else if (v == "false" || v == "no")
            s.*field = false;
        else
            return "write true or false";
        return {};
    };
}

Setter colour(Colour PdfStyle::*field) {
    return [field](const std::string& v, PdfStyle& s) -> std::string {
        if (!parse_colour(v, s.*field)) return "write a colour as #rrggbb, e.g. \"#1d70b8\"";
        return {};
    };
}

Setter text(std::string PdfStyle::*field) {
    return [field](const std::string& v, PdfStyle& s) -> std::string {
        s.*field = v;
        return {};
    };
}

const std::map<std::string, Setter>& setters() {
    static const std::map<std::string, Setter> table{
        {"page.width", length(&PdfStyle::page_width)},
        {"page.height", length(&PdfStyle::page_height)},
        {"page.margin_top", length(&PdfStyle::margin_top)},
        {"page.margin_bottom", length(&PdfStyle::margin_bottom)},
        {"page.margin_left", length(&PdfStyle::margin_left)},
        {"page.margin_right", length(&PdfStyle::margin_right)},
        {"page.action_plan_landscape", flag(&PdfStyle::action_plan_landscape)},
        {"fonts.package", text(&PdfStyle::font_package)},
        {"fonts.body", text(&PdfStyle::body_font)},
        {"fonts.heading", text(&PdfStyle::heading_font)},
        {"fonts.mono", text(&PdfStyle::mono_font)},
        {"sizes.body", number(&PdfStyle::body_size)},
        {"sizes.small", number(&PdfStyle::small_size)},
        {"sizes.title", number(&PdfStyle::title_size)},
        {"sizes.council", number(&PdfStyle::council_size)},
        {"sizes.h1", number(&PdfStyle::h1_size)},
        {"sizes.h2", number(&PdfStyle::h2_size)},
        {"sizes.h3", number(&PdfStyle::h3_size)},
        {"sizes.table", number(&PdfStyle::table_size)},
        {"sizes.line_height", number(&PdfStyle::line_height)},
        {"text.justify", flag(&PdfStyle::justify)},
        {"text.clause_number_width", length(&PdfStyle::clause_number_width)},
        {"text.paragraph_space", length(&PdfStyle::paragraph_space)},
        {"text.heading_space", length(&PdfStyle::heading_space)},
        {"colours.text", colour(&PdfStyle::text)},
        {"colours.heading", colour(&PdfStyle::heading)},
        {"colours.muted", colour(&PdfStyle::muted)},
        {"colours.link", colour(&PdfStyle::link)},
        {"colours.rule", colour(&PdfStyle::rule)},
        {"colours.banner", colour(&PdfStyle::banner)},
        {"colours.banner_rule", colour(&PdfStyle::banner_rule)},
        {"colours.table_header", colour(&PdfStyle::table_header)},
        {"colours.draft_mark", colour(&PdfStyle::draft_mark)},
        {"colours.deleted", colour(&PdfStyle::deleted)},
        {"colours.inserted", colour(&PdfStyle::inserted)},
        {"colours.draft_opacity", fraction(&PdfStyle::draft_opacity)},
        {"furniture.header_left", text(&PdfStyle::header_left)},
        {"furniture.header_right", text(&PdfStyle::header_right)},
        {"furniture.footer_left", text(&PdfStyle::footer_left)},
        {"furniture.footer_right", text(&PdfStyle::footer_right)},
    };
    return table;
}

// True when fontconfig resolves `family` to that family itself, not a substitute.
bool font_installed(const std::string& family) {
    use_document_fonts();
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(family.c_str()));
    if (!pattern) return false;
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    bool found = false;
    if (match) {
        FcChar8* name = nullptr;
        for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &name) == FcResultMatch; ++i)
            if (name &&
                FcStrCmpIgnoreCase(name, reinterpret_cast<const FcChar8*>(family.c_str())) == 0)
                found = true;
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    return found;
}

} // namespace

PdfStyleResult load_pdf_style(const std::vector<std::string>& folders) {
    PdfStyleResult result;
    render::TemplatesResult templates = render::load_templates(folders);
    result.diagnostics = std::move(templates.diagnostics);

    // The last folder that has pdf.yaml is the bundled, complete set; the others override it.
    std::vector<fs::path> files;
    for (const std::string& folder : folders) {
        std::error_code ec;
        fs::path p = fs::path(folder) / kStyleFile;
        if (fs::is_regular_file(p, ec)) files.push_back(p);
    }
    if (files.empty()) {
        result.diagnostics.push_back(
            style_problem(folders.empty() ? std::string("(no template folder)") : folders.back(), 0,
                          "no pdf.yaml in the template folders",
                          "restore it from the bundled templates/ folder"));
        return result;
    }
    std::map<std::string, Written> bundled;
    if (!read_style_file(files.back(), bundled, result.diagnostics)) return result;
    std::map<std::string, Written> settings = bundled;
    for (auto it = files.rbegin() + 1; it != files.rend(); ++it) {
        std::map<std::string, Written> council;
        if (!read_style_file(*it, council, result.diagnostics)) continue;
        for (auto& [key, written] : council) {
            if (!bundled.count(key)) {
                result.diagnostics.push_back(style_problem(
                    written.file, written.line, fmt::format("unknown PDF setting '{}'", key),
                    "use a setting named in the bundled templates/pdf.yaml"));
                continue;
            }
            settings[key] = written;
        }
    }

    PdfStyle style;
    style.style_path = files.back().string();
    for (const auto& [key, written] : settings) {
        auto setter = setters().find(key);
        if (setter == setters().end()) {
            result.diagnostics.push_back(style_problem(
                written.file, written.line, fmt::format("unknown PDF setting '{}'", key),
                "known settings are those of the bundled templates/pdf.yaml"));
            continue;
        }
        std::string help = setter->second(written.value, style);
        if (!help.empty())
            result.diagnostics.push_back(style_problem(
                written.file, written.line,
                fmt::format("'{}': '{}' is not a usable value", key, written.value), help));
    }
    for (const char* key : {"fonts.body", "fonts.heading", "fonts.mono"}) {
        auto it = settings.find(key);
        if (it == settings.end()) continue;
        if (!font_installed(it->second.value))
            result.diagnostics.push_back(style_problem(
                it->second.file, it->second.line,
                fmt::format("font '{}' is not installed", it->second.value),
                fmt::format("install the Debian package that has it (apt-get install {}), or "
                            "name an installed font (fc-list : family)",
                            style.font_package)));
    }
    // The logo: the first folder's logo.png (the HTML page may also take an SVG).
    for (const std::string& folder : folders) {
        std::error_code ec;
        fs::path p = fs::path(folder) / "logo.png";
        if (!fs::is_regular_file(p, ec)) continue;
        FileContents logo = read_file(p.string(), 2u << 20);
        if (logo.bytes) {
            style.logo_png = std::move(*logo.bytes);
            style.logo_path = p.string();
        }
        break;
    }
    if (!result.diagnostics.empty() || !templates.templates) return result;
    style.templates = std::move(*templates.templates);
    result.style = std::move(style);
    return result;
}

} // namespace clerk::pdf

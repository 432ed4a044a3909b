// How PDF pages look: page size and margins, fonts, sizes, colours and the running header and
// footer, read from pdf.yaml in the template folders (a council's folder over the bundled one),
// together with the wording and logo the HTML page uses.
#pragma once

#include "model/diagnostic.hpp"
#include "render/templates.hpp"

#include <optional>
#include <string>
#include <vector>

namespace clerk::pdf {

/// The style file of a template folder.
inline constexpr std::string_view kStyleFile = "pdf.yaml";

/// A colour, each channel 0-1.
struct Colour {
    double r = 0, g = 0, b = 0;
};

/// Everything a PDF is made with, besides the document. Lengths in points, sizes in points.
struct PdfStyle {
    // Page (portrait; the action plan turns it when `action_plan_landscape`).
    double page_width = 595.276;
    double page_height = 841.89;
    double margin_top = 68, margin_bottom = 62, margin_left = 62, margin_right = 57;
    bool action_plan_landscape = true;
    // Fonts: families fontconfig knows, from the Debian package named.
    std::string font_package = "fonts-liberation2";
    std::string body_font = "Liberation Sans";
    std::string heading_font = "Liberation Sans";
    std::string mono_font = "Liberation Mono";
    // Sizes in points.
    double body_size = 11, small_size = 8.5, title_size = 22, council_size = 12;
    double h1_size = 16, h2_size = 13, h3_size = 11.5, table_size = 9.5;
    double line_height = 1.3;
    // Text.
    bool justify = false;
    double clause_number_width = 45;
    double paragraph_space = 6;
    double heading_space = 14;
    // Colours.
    Colour text{0.043, 0.047, 0.047}, heading{0.043, 0.047, 0.047}, muted{0.314, 0.353, 0.373};
    Colour link{0.114, 0.439, 0.722}, rule{0.694, 0.706, 0.714}, banner{0.953, 0.949, 0.945};
    Colour banner_rule{0.114, 0.439, 0.722}, table_header{0.953, 0.949, 0.945};
    Colour draft_mark{0.831, 0.208, 0.110};
    Colour deleted{0.478, 0.063, 0.063}, inserted{0.043, 0.290, 0.118}; ///< redline marks
    double draft_opacity = 0.10;
    // Running header and footer (mustache over the metadata, {{page}} and {{pages}}).
    std::string header_left, header_right, footer_left, footer_right;
    // The wording (wording.yaml) and the council's logo, as the HTML page has them.
    render::Templates templates;
    std::string logo_png; ///< the bytes of logo.png, when a template folder has one
    std::string logo_path;
    std::string style_path; ///< where the bundled pdf.yaml was read, for messages
};

/// A style, or the problems that made it unusable.
struct PdfStyleResult {
    std::optional<PdfStyle> style;
    std::vector<Diagnostic> diagnostics;
};

/// Reads pdf.yaml from `folders` (the first folders override the last, key by key, as the
/// wording does; the last is the complete bundled set) and the HTML templates' wording and
/// logo from the same folders. Unknown keys, bad values and fonts that fontconfig cannot find
/// are errors naming the file and line.
PdfStyleResult load_pdf_style(const std::vector<std::string>& folders);

} // namespace clerk::pdf

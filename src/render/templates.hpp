// The page templates: the HTML shell, the screen and print stylesheets, the wording around
// the document's text, and an optional logo. Read from template folders at run time, so a
// council changes its page without recompiling.
#pragma once

#include "model/diagnostic.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::render {

/// The files of a template folder.
inline constexpr std::string_view kPageTemplate = "page.html";
inline constexpr std::string_view kScreenStyles = "screen.css";
inline constexpr std::string_view kPrintStyles = "print.css";
inline constexpr std::string_view kWording = "wording.yaml";

/// Everything a page is made with, besides the document.
struct Templates {
    std::string page;                                        ///< the page shell (mustache)
    std::string page_path;                                   ///< where it came from, for messages
    std::string screen_css;                                  ///< styles for screens
    std::string print_css;                                   ///< styles for print
    std::string logo;                                        ///< the logo as a data: URI, or empty
    std::map<std::string, std::string, std::less<>> wording; ///< "statuses.draft.label" -> "Draft"

    /// The wording for a dotted key; the key itself when there is none.
    std::string word(std::string_view key) const;
};

/// Templates, or the problems that made them unusable.
struct TemplatesResult {
    std::optional<Templates> templates;
    std::vector<Diagnostic> diagnostics;
};

/// Reads the templates from `folders`, the first folder that has a file winning; wording keys
/// are merged the same way, key by key (the last folder is the complete bundled set, and the
/// folders before it may override any part of it). A logo.svg or logo.png in any folder is
/// embedded. Unknown wording keys, unreadable files and template syntax errors are errors.
TemplatesResult load_templates(const std::vector<std::string>& folders);

} // namespace clerk::render

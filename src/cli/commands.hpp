// The `clerk` commands: each lives in its own file and is listed once in commands.cpp.
#pragma once

#include "load/load.hpp"
#include "pdf/style.hpp"
#include "render/templates.hpp"

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace clerk::cli {

/// Adds a subcommand, its options and its action to the application.
using RegisterCommand = void (*)(CLI::App& app);

/// Every command, in the order `clerk --help` lists them.
const std::vector<RegisterCommand>& commands();

/// Exit statuses (SPEC 5): 0 clean, 1 findings at or above --fail-on, 2 unusable input.
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUnusable = 2;

/// Ends the command with an exit status (caught in main).
[[noreturn]] void exit_with(int status);

/// Loads a document, printing its load diagnostics to stderr; ends the command with
/// status 2 when the file is unusable.
Document load_or_exit(const std::string& path);

/// Writes `content` to `path` atomically, or to stdout when `path` is empty or "-";
/// ends the command with status 2 when the file cannot be written.
void write_output(const std::string& path, const std::string& content);

/// Prints diagnostics as `file:line:col: severity: message` with a suggestion line.
void print_load_diagnostics(const std::vector<Diagnostic>& diagnostics);

void register_outline(CLI::App& app);
void register_export(CLI::App& app);
void register_build(CLI::App& app);
void register_links(CLI::App& app);
void register_check(CLI::App& app);
void register_rules(CLI::App& app);
void register_validate(CLI::App& app);
void register_import(CLI::App& app);
void register_render(CLI::App& app);
void register_diff(CLI::App& app);

/// The templates for a document's pages: the folder its clerk.yaml (or `config_path`)
/// names, over the bundled ones. Ends the command with status 2 when they are unusable.
render::Templates templates_for(const std::string& document, const std::string& config_path);

/// The template folders for a document: its clerk.yaml's folder first, then the bundled one.
/// Ends the command with status 2 when the configuration is unusable.
std::vector<std::string> template_folders(const std::string& document,
                                          const std::string& config_path);

/// The PDF style for a document, from the same folders. Ends with status 2 when unusable.
pdf::PdfStyle pdf_style_for(const std::string& document, const std::string& config_path);

/// Renders a document's PDF into `out_dir` (named with its version and status); returns the
/// path written. Ends the command with status 2 on unusable input.
std::string render_pdf_file(const std::string& path, const std::string& out_dir,
                            const std::string& config_path);

/// Renders a document's HTML page into `out_dir` (named with its version and status);
/// returns the path written. Ends the command with status 2 on unusable input.
std::string render_html_page(const std::string& path, const std::string& out_dir,
                             const std::string& config_path);

/// Checks documents, prints the findings in `format` to `out`; returns the exit status.
int run_check(const std::vector<std::string>& paths, const std::string& format,
              const std::string& fail_on, const std::string& config_path, std::ostream& out);

} // namespace clerk::cli

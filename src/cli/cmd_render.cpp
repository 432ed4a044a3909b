// clerk render --to html|pdf FILE [-o DIR]: the document as a self-contained, accessible
// page, or as a tagged PDF laid out for adoption.
#include "check/engine.hpp"
#include "cli/commands.hpp"
#include "cli/document_inputs.hpp"
#include "io/files.hpp"
#include "link/links.hpp"
#include "pdf/render_pdf.hpp"
#include "render/render_html.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <optional>

namespace clerk::cli {

namespace fs = std::filesystem;

namespace {

// The bundled templates: beside the binary's folder (build/clerk -> templates/), where an
// installed clerk keeps them, in the source tree it was built from (a build folder made
// elsewhere), or in the current folder.
std::string bundled_templates() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    std::vector<fs::path> candidates;
    if (!ec) {
        candidates.push_back(exe.parent_path().parent_path() / "templates");
        candidates.push_back(exe.parent_path().parent_path() / "share" / "clerk" / "templates");
    }
    candidates.push_back(fs::path(CLERK_SOURCE_TEMPLATES));
    candidates.push_back(fs::path("templates"));
    for (const fs::path& c : candidates)
        if (is_folder(c) && fs::exists(c / render::kPageTemplate, ec))
            return c.lexically_normal().string();
    return {};
}

[[noreturn]] void fail(const std::string& file, const std::string& message,
                       const std::string& help) {
    print_load_diagnostics({error_at(file, {}, "render/input", message, help)});
    exit_with(kExitUnusable);
}

// The protocol an action plan's outcomes cite (front matter `protocol:`, relative to the
// plan), loaded, with its file's stem for the name of its page or PDF; nothing for any other
// document.
struct CitedProtocol {
    std::optional<Document> document;
    std::string stem;
};

CitedProtocol load_cited_protocol(const std::string& path, const Document& doc) {
    CitedProtocol cited;
    const auto& extra = doc.metadata.extra;
    if (!render::is_action_plan(doc) || !extra.contains("protocol")) return cited;
    if (!extra["protocol"].is_string())
        fail(path, "front matter 'protocol:' must name the protocol's file",
             "write e.g. 'protocol: protocol.md' (relative to this file)");
    fs::path protocol_path = fs::path(path).parent_path() / extra["protocol"].get<std::string>();
    cited.document = load_or_exit(protocol_path.string());
    cited.stem = protocol_path.stem().string();
    return cited;
}

// Writes `bytes` as `name` in `out_dir` (the current folder when empty); returns the path.
std::string write_named(const std::string& out_dir, const std::string& name,
                        const std::string& bytes) {
    std::string out = (fs::path(out_dir.empty() ? "." : out_dir) / name).string();
    write_output(out, bytes);
    return out;
}

} // namespace

std::vector<std::string> template_folders(const std::string& document,
                                          const std::string& config_path) {
    std::vector<Diagnostic> problems;
    check::CheckConfig config = config_for(document, config_path, problems);
    print_load_diagnostics(problems);
    if (!problems.empty()) exit_with(kExitUnusable);
    return template_folders(config);
}

std::vector<std::string> template_folders(const check::CheckConfig& config) {
    std::vector<std::string> folders;
    if (!config.templates.empty()) {
        if (!is_folder(config.templates))
            fail(config.path, fmt::format("templates: '{}' is not a folder", config.templates),
                 "point 'templates:' at a folder holding page.html, screen.css, print.css or "
                 "wording.yaml (paths are relative to clerk.yaml)");
        folders.push_back(config.templates);
    }
    std::string bundled = bundled_templates();
    if (!bundled.empty()) folders.push_back(bundled);
    return folders;
}

render::Templates templates_for(const check::CheckConfig& config) {
    render::TemplatesResult loaded = render::load_templates(template_folders(config));
    print_load_diagnostics(loaded.diagnostics);
    if (!loaded.templates) exit_with(kExitUnusable);
    return std::move(*loaded.templates);
}

render::Templates templates_for(const std::string& document, const std::string& config_path) {
    render::TemplatesResult loaded =
        render::load_templates(template_folders(document, config_path));
    print_load_diagnostics(loaded.diagnostics);
    if (!loaded.templates) exit_with(kExitUnusable);
    return std::move(*loaded.templates);
}

std::string render_html_page(const std::string& path, const std::string& out_dir,
                             const std::string& config_path) {
    DocumentInputs in = prepare_document(path, config_path);
    print_load_diagnostics(in.diagnostics);
    if (!in.usable()) exit_with(kExitUnusable);
    print_load_diagnostics(in.config_problems);
    if (!in.config_problems.empty()) exit_with(kExitUnusable);
    return render_html_page(in, out_dir);
}

std::string render_html_page(const DocumentInputs& in, const std::string& out_dir) {
    const std::string& path = in.path;
    const Document& doc = *in.document;
    const Links& links = in.links;
    render::Templates templates = templates_for(in.config);
    render::RenderContext context;
    context.source_name = fs::path(path).filename().string();
    CitedProtocol protocol = load_cited_protocol(path, doc);
    if (protocol.document) {
        context.protocol = &*protocol.document;
        context.protocol_page = render::html_file_name(*protocol.document, protocol.stem);
    }
    std::string html = render::render_html(doc, links, templates, context);
    return write_named(out_dir, render::html_file_name(doc, fs::path(path).stem().string()), html);
}

pdf::PdfStyle pdf_style_for(const std::string& document, const std::string& config_path) {
    pdf::PdfStyleResult loaded = pdf::load_pdf_style(template_folders(document, config_path));
    print_load_diagnostics(loaded.diagnostics);
    if (!loaded.style) exit_with(kExitUnusable);
    return std::move(*loaded.style);
}

std::string render_pdf_file(const std::string& path, const std::string& out_dir,
                            const std::string& config_path) {
    Document doc = load_or_exit(path);
    pdf::PdfStyle style = pdf_style_for(path, config_path);
    Links links = link_document(doc);
    pdf::PdfContext context;
    context.source_name = fs::path(path).filename().string();
    CitedProtocol protocol = load_cited_protocol(path, doc);
    if (protocol.document) {
        context.protocol = &*protocol.document;
        context.protocol_file = pdf::pdf_file_name(*protocol.document, protocol.stem);
    }
    pdf::PdfOutput pdf;
    try {
        pdf = pdf::render_pdf(doc, links, style, context);
    } catch (const std::exception& e) {
        fail(path, std::string("cannot write the PDF: ") + e.what(),
             "check the fonts named in pdf.yaml are installed (fc-list) and that a logo.png "
             "in the templates folder is a PNG image");
    }
    return write_named(out_dir, pdf::pdf_file_name(doc, fs::path(path).stem().string()), pdf.bytes);
}

void register_render(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "render", "Write the document as a self-contained, accessible HTML page or a tagged PDF");
    struct Options {
        std::string to = "html";
        std::string path;
        std::string output = ".";
        std::string config;
    };
    auto opts = std::make_shared<Options>();
    cmd->add_option("--to", opts->to, "Output format")->check(CLI::IsMember({"html", "pdf"}));
    cmd->add_option("FILE", opts->path, "Document to render")->required();
    cmd->add_option("-o,--output", opts->output,
                    "Folder for the output (default: the current folder); the file is named "
                    "with the version and status, e.g. protocol-v2.0-draft.html or .pdf");
    cmd->add_option("--config", opts->config,
                    "clerk.yaml to read 'templates:' from (default: clerk.yaml beside FILE)");
    cmd->callback([opts] {
        std::string written = opts->to == "pdf"
                                  ? render_pdf_file(opts->path, opts->output, opts->config)
                                  : render_html_page(opts->path, opts->output, opts->config);
        std::cout << fmt::format("wrote {}\n", written);
    });
}

} // namespace clerk::cli

// clerk pack MANIFEST.yaml [-o OUT.pdf] [--html]: the committee's Public Document Pack.
#include "check/emit.hpp"
#include "check/engine.hpp"
#include "cli/commands.hpp"
#include "cli/document_inputs.hpp"
#include "io/files.hpp"
#include "link/links.hpp"
#include "pack/agenda_html.hpp"
#include "pack/pack.hpp"
#include "pdf/render_pdf.hpp"
#include "render/render_html.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <unistd.h>

namespace clerk::cli {

namespace fs = std::filesystem;

namespace {

struct PackOptions {
    std::string manifest;
    std::string output;
    bool html = false;
    bool force = false;
    std::string fail_on = "error";
};

// A document of the manifest once it is known to be usable.
struct Loaded {
    const pack::ManifestDocument* entry = nullptr;
    std::optional<Document> document; // a document Clerk reads
    std::string pdf;                  // an existing PDF's bytes
    pack::PdfFacts facts;
};

Diagnostic at_manifest(const std::string& manifest, SourcePos pos, std::string code,
                       std::string message, std::string help) {
    return error_at(manifest, pos, std::move(code), std::move(message), std::move(help));
}

// Reads every document the manifest names; every problem is reported against the manifest's
// line before anything is written.
std::vector<std::vector<Loaded>> load_documents(const pack::Manifest& manifest,
                                                std::vector<Diagnostic>& problems,
                                                std::vector<Diagnostic>& document_problems) {
    std::vector<std::vector<Loaded>> out;
    for (const pack::ManifestItem& item : manifest.items) {
        auto& loaded_item = out.emplace_back();
        for (const pack::ManifestDocument& doc : item.documents) {
            Loaded loaded;
            loaded.entry = &doc;
            std::error_code ec;
            if (!fs::is_regular_file(doc.resolved, ec)) {
                problems.push_back(at_manifest(
                    manifest.path, doc.pos, "pack/missing-file",
                    fmt::format("no such file: {} (looked for {})", doc.path, doc.resolved),
                    "paths are relative to the manifest; check the name and the folder"));
                continue;
            }
            if (doc.is_pdf()) {
                FileContents file = read_file(doc.resolved);
                if (!file.bytes) {
                    problems.push_back(
                        at_manifest(manifest.path, doc.pos, "pack/unreadable-pdf",
                                    fmt::format("cannot read {}: {}", doc.path, file.error),
                                    "check the file's permissions"));
                    continue;
                }
                loaded.facts = pack::inspect_pdf(*file.bytes);
                if (!loaded.facts.code.empty()) {
                    problems.push_back(at_manifest(
                        manifest.path, doc.pos, loaded.facts.code,
                        fmt::format("{}: {}", doc.path, loaded.facts.error),
                        loaded.facts.code == "pack/encrypted-pdf"
                            ? "ask for an unprotected copy, or save it again without a password"
                            : "open it in a PDF viewer; export or print it to PDF again"));
                    continue;
                }
                loaded.pdf = std::move(*file.bytes);
            } else {
                LoadResult result = load_file(doc.resolved);
                bool fatal = !result.ok();
                for (Diagnostic& d : result.diagnostics)
                    if (d.severity == Severity::Error || fatal)
                        document_problems.push_back(std::move(d));
                if (fatal) {
                    problems.push_back(at_manifest(
                        manifest.path, doc.pos, "pack/document-not-loaded",
                        fmt::format("{} does not load (see its errors above)", doc.path),
                        "fix the document, or convert it first (clerk import)"));
                    continue;
                }
                loaded.document = std::move(*result.document);
            }
            loaded_item.push_back(std::move(loaded));
        }
    }
    return out;
}

// Runs `clerk check` on each Clerk document; returns true when none stops the pack.
bool check_documents(const std::vector<std::vector<Loaded>>& loaded, const PackOptions& opts) {
    std::vector<Diagnostic> findings;
    check::Sources sources;
    for (const auto& item : loaded)
        for (const Loaded& doc : item) {
            if (!doc.document) continue;
            std::vector<Diagnostic> problems;
            check::CheckConfig config = config_for(doc.entry->resolved, "", problems);
            refdata::ReferenceData data =
                reference_data_for(doc.entry->resolved, *doc.document, config, problems);
            check::CheckResult result =
                check::check_document(*doc.document, link_document(*doc.document), data, config);
            for (auto* list : {&problems, &result.problems, &result.findings})
                for (Diagnostic& d : *list)
                    findings.push_back(std::move(d));
            sources[doc.document->source.path()] = &doc.document->source;
        }
    if (opts.fail_on == "none") return true;
    Severity threshold = Severity::Error;
    parse_severity(opts.fail_on, threshold);
    std::vector<Diagnostic> stopping;
    for (const Diagnostic& d : findings)
        if (d.severity >= threshold) stopping.push_back(d);
    if (stopping.empty()) return true;
    std::cerr << check::emit_human(stopping, sources, false);
    std::cerr << fmt::format("clerk pack: {} finding{} at or above {} in the pack's documents{}\n",
                             stopping.size(), stopping.size() == 1 ? "" : "s", opts.fail_on,
                             opts.force
                                 ? "; building the pack anyway (--force)"
                                 : "; fix them, lower --fail-on, or build anyway with --force");
    return opts.force;
}

// The document's PDF for the pack.
pack::PackDocument pack_document(const Loaded& loaded) {
    pack::PackDocument doc;
    if (!loaded.document) {
        doc.pdf = loaded.pdf;
        doc.pages = loaded.facts.pages;
        doc.title = !loaded.entry->title.empty()  ? loaded.entry->title
                    : !loaded.facts.title.empty() ? loaded.facts.title
                                                  : fs::path(loaded.entry->path).stem().string();
        return doc;
    }
    // A document Clerk reads: laid out by the PDF renderer with its own style and links.
    const Document& document = *loaded.document;
    const std::string& path = loaded.entry->resolved;
    pdf::PdfStyle style = pdf_style_for(path, "");
    Links links = link_document(document);
    pdf::PdfContext context;
    context.source_name = fs::path(path).filename().string();
    std::optional<Document> protocol;
    const auto& extra = document.metadata.extra;
    if (render::is_action_plan(document) && extra.contains("protocol") &&
        extra["protocol"].is_string()) {
        protocol = load_or_exit(
            (fs::path(path).parent_path() / extra["protocol"].get<std::string>()).string());
        context.protocol = &*protocol;
    }
    try {
        pdf::PdfOutput out = pdf::render_pdf(document, links, style, context);
        doc.pdf = std::move(out.bytes);
        doc.pages = out.pages;
    } catch (const std::exception& e) {
        print_load_diagnostics({error_at(path, {}, "pack/render",
                                         std::string("cannot lay out the document: ") + e.what(),
                                         "check the fonts named in pdf.yaml are installed")});
        exit_with(kExitUnusable);
    }
    doc.title = !loaded.entry->title.empty()       ? loaded.entry->title
                : !document.metadata.title.empty() ? document.metadata.title
                                                   : fs::path(path).stem().string();
    return doc;
}

std::string default_output(const std::string& manifest) {
    return fs::path(manifest).stem().string() + ".pdf";
}

void run_pack(const PackOptions& opts) {
    pack::ManifestResult read = pack::read_manifest_file(opts.manifest);
    if (!read.manifest) {
        print_load_diagnostics(read.diagnostics);
        exit_with(kExitUnusable);
    }
    const pack::Manifest& manifest = *read.manifest;
    std::vector<Diagnostic> problems, document_problems;
    std::vector<std::vector<Loaded>> loaded = load_documents(manifest, problems, document_problems);
    if (!problems.empty()) {
        print_load_diagnostics(document_problems);
        print_load_diagnostics(problems);
        std::cerr << fmt::format("clerk pack: {} problem{} in {}; no pack written\n",
                                 problems.size(), problems.size() == 1 ? "" : "s", opts.manifest);
        exit_with(kExitUnusable);
    }
    if (!check_documents(loaded, opts)) exit_with(kExitFindings);

    // Progress only for a person watching: a terminal on standard error.
    bool show_progress = isatty(STDERR_FILENO) != 0;
    auto progress = [show_progress](std::string_view step) {
        if (show_progress) std::cerr << "clerk pack: " << step << "\n";
    };
    std::vector<std::vector<pack::PackDocument>> documents;
    std::size_t done = 0, total = 0;
    for (const auto& item : loaded)
        total += item.size();
    for (const auto& item : loaded) {
        auto& docs = documents.emplace_back();
        for (const Loaded& doc : item) {
            docs.push_back(pack_document(doc));
            progress(fmt::format("laid out {} ({} of {} documents, {} pages)", doc.entry->path,
                                 ++done, total, docs.back().pages));
        }
    }
    pack::PackOptions pack_options;
    pack_options.progress = progress;
    pack_options.style.font_family = pdf_style_for(opts.manifest, "").body_font;
    pack::PackResult result;
    try {
        result = pack::build_pack(manifest, documents, pack_options);
    } catch (const std::exception& e) {
        std::cerr << fmt::format("{}: error: cannot assemble the pack: {}\n", opts.manifest,
                                 e.what());
        exit_with(kExitUnusable);
    }
    std::string out = opts.output.empty() ? default_output(opts.manifest) : opts.output;
    write_output(out, result.pdf);
    std::cout << fmt::format("wrote {} ({} pages)\n", out, result.plan.total_pages);

    if (opts.html) {
        fs::path folder = fs::path(out).parent_path();
        std::string pdf_name = fs::path(out).filename().string();
        std::vector<std::vector<pack::DocumentLink>> links;
        for (std::size_t i = 0; i < loaded.size(); ++i) {
            auto& item_links = links.emplace_back();
            for (std::size_t d = 0; d < loaded[i].size(); ++d) {
                const Loaded& doc = loaded[i][d];
                std::string href;
                if (doc.document) {
                    std::string page = render_html_page(doc.entry->resolved,
                                                        folder.empty() ? "." : folder.string(), "");
                    href = fs::path(page).filename().string();
                } else {
                    href = fmt::format("{}#page={}", pdf_name, result.plan.document_starts[i][d]);
                }
                item_links.push_back({documents[i][d].title, href});
            }
        }
        std::string html_path = (folder / (fs::path(out).stem().string() + ".html")).string();
        write_output(html_path, pack::agenda_html(manifest, result.plan, links, pdf_name));
        std::cout << fmt::format("wrote {}\n", html_path);
    }
}

} // namespace

void register_pack(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "pack", "Build the committee's Public Document Pack (one PDF) from a manifest");
    auto opts = std::make_shared<PackOptions>();
    cmd->add_option("MANIFEST", opts->manifest, "The pack manifest (YAML)")->required();
    cmd->add_option("-o,--output", opts->output,
                    "The pack's PDF (default: the manifest's name with .pdf, here)");
    cmd->add_flag("--html", opts->html,
                  "Also write the agenda as a web page beside the PDF, with each document's page");
    cmd->add_flag("--force", opts->force, "Build the pack even when its documents have findings");
    cmd->add_option("--fail-on", opts->fail_on,
                    "Lowest severity of a finding that stops the pack: error, warning, info or "
                    "none")
        ->check(CLI::IsMember({"error", "warning", "info", "none"}));
    cmd->callback([opts] { run_pack(*opts); });
}

} // namespace clerk::cli

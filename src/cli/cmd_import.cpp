// clerk import FILE [-o OUT.md] [--report]: structured Markdown from what councils publish
// (text, Word, PDF, web pages), read through the reader table.
// clerk import --split PACK -o DIR: an agenda pack as one Markdown file per document.
#include "cli/commands.hpp"
#include "import/import.hpp"
#include "import/pack_import.hpp"
#include "write/markdown_writer.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>

namespace clerk::cli {

namespace {

std::size_t unit_count(const Document& doc) {
    std::size_t units = 0;
    for (const Unit& u : doc.units)
        units += u.kind != UnitKind::Preamble ? 1 : 0;
    return units;
}

// What is written must read back: the import is only as good as its Markdown.
void check_reads_back(const std::string& source, const std::string& markdown,
                      const std::string& output) {
    LoadResult check = load_text(output.empty() ? "import.md" : output, markdown);
    if (!check.ok()) {
        print_load_diagnostics(check.diagnostics);
        std::cerr << fmt::format("{}: error: the imported Markdown does not read back\n", source);
        exit_with(kExitUnusable);
    }
}

std::string checked_markdown(const std::string& source, const Document& doc,
                             const std::string& output) {
    std::string markdown = write_markdown(doc);
    check_reads_back(source, markdown, output);
    return markdown;
}

void split_pack(const std::string& path, const std::string& dir, bool report) {
    namespace fs = std::filesystem;
    if (dir.empty()) {
        std::cerr << fmt::format("{}: error: --split writes one file per document and needs a "
                                 "folder\n  help: give one with -o, e.g. -o pack/\n",
                                 path);
        exit_with(kExitUnusable);
    }
    PackImport pack = import_pack(path);
    print_load_diagnostics(pack.diagnostics);
    if (!pack.ok()) exit_with(kExitUnusable);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
        std::cerr << fmt::format("{}: error: cannot make the folder: {}\n", dir, ec.message());
        exit_with(kExitUnusable);
    }
    std::string report_text;
    for (const ImportNote& n : pack.notes)
        report_text += (n.line ? "line " + std::to_string(n.line) + ": " : "") + n.message + "\n";
    for (const PackDocument& d : pack.documents) {
        if (!d.result.document) {
            print_load_diagnostics(d.result.diagnostics);
            continue;
        }
        std::string out = (fs::path(dir) / d.file_name).string();
        write_output(out, checked_markdown(path, *d.result.document, out));
        std::cerr << fmt::format(
            "{}: {} ({}, {} units, lines {}-{})\n", out, d.part.title, d.part.kind,
            unit_count(*d.result.document),
            d.result.document->units.empty() ? 0 : d.result.document->units.front().span.begin.line,
            d.result.document->units.empty() ? 0 : d.result.document->units.back().span.end.line);
        if (report) {
            report_text += "\n" + d.file_name + ":\n";
            report_text += format_import_report(d.result);
        }
    }
    if (report) std::cerr << report_text;
    std::cerr << fmt::format("{}: split into {} documents in {}\n", path, pack.documents.size(),
                             dir);
}

} // namespace

void register_import(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "import", "Structured Markdown from text, Word (.docx), PDF or a web page (.html); "
                  "--split cuts an agenda pack into its documents");
    struct Options {
        std::string path;
        std::string output;
        bool report = false;
        bool split = false;
    };
    auto opts = std::make_shared<Options>();
    cmd->add_option("FILE", opts->path, "The file to import: .txt, .docx, .pdf or .html")
        ->required();
    cmd->add_option("-o,--output", opts->output,
                    "Markdown file to write (default: standard output); with --split, the "
                    "folder to write the documents into");
    cmd->add_flag("--split", opts->split,
                  "Split an agenda pack into one Markdown file per document (agenda, minutes, "
                  "reports, appendices), each with its kind");
    cmd->add_flag("--report", opts->report,
                  "List on standard error every inference a person may want to check, by "
                  "source line");
    cmd->callback([opts] {
        std::error_code ec;
        if (!opts->output.empty() && std::filesystem::equivalent(opts->path, opts->output, ec)) {
            std::cerr << fmt::format(
                "{}: error: the output would overwrite the file being imported\n"
                "  help: give -o a new file name, e.g. -o protocol.md\n",
                opts->output);
            exit_with(kExitUnusable);
        }
        if (opts->split) {
            split_pack(opts->path, opts->output, opts->report);
            return;
        }
        ImportResult result = import_file(opts->path);
        print_load_diagnostics(result.diagnostics);
        if (!result.ok()) exit_with(kExitUnusable);
        std::string markdown = write_markdown(*result.document);
        std::string report = opts->report ? format_import_report(result) : std::string();
        std::size_t units = unit_count(*result.document);
        std::size_t notes = result.notes.size();
        // The imported model is freed before its Markdown is read back: a large document is
        // then never held twice.
        result = ImportResult{};
        check_reads_back(opts->path, markdown, opts->output);
        write_output(opts->output, markdown);
        std::cerr << report;
        std::cerr << fmt::format("{}: imported {} units{}; {} notes{}\n", opts->path, units,
                                 opts->output.empty() ? "" : " into " + opts->output, notes,
                                 opts->report ? "" : " (--report lists them)");
        auto parts = pack_parts_of(opts->path);
        if (!parts.empty()) {
            std::string kinds;
            for (const auto& p : parts)
                kinds += (kinds.empty() ? "" : ", ") + p.kind;
            std::cerr << fmt::format(
                "{}: note: this is an agenda pack of {} documents ({}); imported whole, their "
                "numbering runs together\n  help: split it: clerk import --split {} -o DIR\n",
                opts->path, parts.size(), kinds, opts->path);
        }
    });
}

} // namespace clerk::cli

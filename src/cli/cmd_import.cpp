// clerk import FILE [-o OUT.md] [--report]: structured Markdown from the text of a PDF or a
// Word file.
#include "cli/commands.hpp"
#include "import/import.hpp"
#include "write/markdown_writer.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>

namespace clerk::cli {

void register_import(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "import", "Structured Markdown from the text of a PDF (.txt) or from a Word file (.docx)");
    struct Options {
        std::string path;
        std::string output;
        bool report = false;
    };
    auto opts = std::make_shared<Options>();
    cmd->add_option("FILE", opts->path, "Text (.txt) or Word (.docx) file to import")->required();
    cmd->add_option("-o,--output", opts->output,
                    "Markdown file to write (default: standard output)");
    cmd->add_flag(
        "--report", opts->report,
        "List on standard error what the import inferred without being sure, by source line");
    cmd->callback([opts] {
        std::error_code ec;
        if (!opts->output.empty() && std::filesystem::equivalent(opts->path, opts->output, ec)) {
            std::cerr << fmt::format(
                "{}: error: the output would overwrite the file being imported\n"
                "  help: give -o a new file name, e.g. -o protocol.md\n",
                opts->output);
            exit_with(kExitUnusable);
        }
        ImportResult result = import_file(opts->path);
        print_load_diagnostics(result.diagnostics);
        if (!result.ok()) exit_with(kExitUnusable);
        std::string markdown = write_markdown(*result.document);
        // What is written must read back: the import is only as good as its Markdown.
        LoadResult check = load_text(opts->output.empty() ? "import.md" : opts->output, markdown);
        if (!check.ok()) {
            print_load_diagnostics(check.diagnostics);
            std::cerr << fmt::format("{}: error: the imported Markdown does not read back\n",
                                     opts->path);
            exit_with(kExitUnusable);
        }
        write_output(opts->output, markdown);
        std::size_t units = 0;
        for (const Unit& u : result.document->units)
            units += u.kind != UnitKind::Preamble ? 1 : 0;
        if (opts->report) std::cerr << format_import_report(result);
        std::cerr << fmt::format("{}: imported {} units{}; {} notes{}\n", opts->path, units,
                                 opts->output.empty() ? "" : " into " + opts->output,
                                 result.notes.size(), opts->report ? "" : " (--report lists them)");
    });
}

} // namespace clerk::cli

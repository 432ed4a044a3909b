// clerk diff OLD NEW [--format text|md|json|html|pdf] [-o OUT]: what changed between two versions.
#include "cli/commands.hpp"
#include "diff/compare.hpp"
#include "diff/diff_output.hpp"
#include "diff/schedule.hpp"
#include "pdf/diff_pdf.hpp"

#include <filesystem>
#include <unistd.h>

namespace clerk::cli {

namespace {

std::string label(const std::string& path, const Document& doc) {
    std::string name = std::filesystem::path(path).filename().string();
    return doc.metadata.version.empty() ? name : name + " (version " + doc.metadata.version + ")";
}

} // namespace

void register_diff(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "diff", "Compare two versions clause by clause: changes, schedule of changes, redline");
    struct Options {
        std::string old_path, new_path, format = "text", output, config;
    };
    auto opts = std::make_shared<Options>();
    cmd->add_option("OLD", opts->old_path, "The earlier version")->required();
    cmd->add_option("NEW", opts->new_path, "The later version")->required();
    cmd->add_option("--format", opts->format,
                    "text (a line per change), md (the schedule of changes), json, html "
                    "(a redline page) or pdf (the schedule, then the redline)")
        ->check(CLI::IsMember({"text", "md", "json", "html", "pdf"}));
    cmd->add_option("-o,--output", opts->output, "Output file (default: standard output)");
    cmd->add_option("--config", opts->config, "clerk.yaml naming the HTML and PDF templates");
    cmd->callback([opts] {
        Document before = load_or_exit(opts->old_path);
        Document after = load_or_exit(opts->new_path);
        diff::DocumentDiff result = diff::diff_documents(before, after);
        diff::Schedule schedule = diff::make_schedule(result);
        diff::DiffLabels labels{label(opts->old_path, before), label(opts->new_path, after),
                                opts->old_path, opts->new_path};
        std::string out;
        if (opts->format == "md") {
            out = diff::write_diff_markdown(result, schedule, labels);
        } else if (opts->format == "json") {
            out = diff::write_diff_json(result, schedule, labels);
        } else if (opts->format == "html") {
            out = diff::write_diff_html(result, schedule, labels,
                                        templates_for(opts->new_path, opts->config));
        } else if (opts->format == "pdf") {
            if (opts->output.empty() || opts->output == "-") {
                print_load_diagnostics({error_at(opts->new_path, {}, "diff/output",
                                                 "a PDF is not written to the terminal",
                                                 "name the file with -o, e.g. -o changes.pdf")});
                exit_with(kExitUnusable);
            }
            try {
                out = pdf::render_diff_pdf(result, schedule, labels,
                                           pdf_style_for(opts->new_path, opts->config))
                          .bytes;
            } catch (const std::exception& e) {
                print_load_diagnostics({error_at(opts->new_path, {}, "diff/output",
                                                 std::string("cannot write the PDF: ") + e.what(),
                                                 "check the fonts named in pdf.yaml (fc-list)")});
                exit_with(kExitUnusable);
            }
        } else {
            bool colour = opts->output.empty() && ::isatty(STDOUT_FILENO) != 0 &&
                          std::getenv("NO_COLOR") == nullptr;
            out = diff::write_diff_text(result, schedule, labels, colour);
        }
        write_output(opts->output, out);
        // Changes are the answer, not a failure: the status is 0 either way.
    });
}

} // namespace clerk::cli

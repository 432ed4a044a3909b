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

struct DiffOptions {
    std::string old_path, new_path, format = "text", output, config;
};

// One comparison, as every output format reads it.
struct DiffRun {
    const DiffOptions& options;
    const diff::DocumentDiff& result;
    const diff::Schedule& schedule;
    const diff::DiffLabels& labels;
};

std::string write_text(const DiffRun& run) {
    bool colour = run.options.output.empty() && ::isatty(STDOUT_FILENO) != 0 &&
                  std::getenv("NO_COLOR") == nullptr;
    return diff::write_diff_text(run.result, run.schedule, run.labels, colour);
}

std::string write_markdown(const DiffRun& run) {
    return diff::write_diff_markdown(run.result, run.schedule, run.labels);
}

std::string write_json(const DiffRun& run) {
    return diff::write_diff_json(run.result, run.schedule, run.labels);
}

std::string write_html(const DiffRun& run) {
    return diff::write_diff_html(run.result, run.schedule, run.labels,
                                 templates_for(run.options.new_path, run.options.config));
}

std::string write_pdf(const DiffRun& run) {
    try {
        return pdf::render_diff_pdf(run.result, run.schedule, run.labels,
                                    pdf_style_for(run.options.new_path, run.options.config))
            .bytes;
    } catch (const std::exception& e) {
        print_load_diagnostics({error_at(run.options.new_path, {}, "diff/output",
                                         std::string("cannot write the PDF: ") + e.what(),
                                         "check the fonts named in pdf.yaml (fc-list)")});
        exit_with(kExitUnusable);
    }
}

// An output format of `clerk diff`.
struct DiffFormat {
    const char* name;
    const char* help;
    bool binary; ///< written only to a file, never to the terminal
    std::string (*write)(const DiffRun&);
};

// The diff's output formats, one line each.
constexpr DiffFormat kDiffFormats[] = {
    {"text", "a line per change", false, write_text},
    {"md", "the schedule of changes, for a committee report", false, write_markdown},
    {"json", "every change with its word edits", false, write_json},
    {"html", "a redline page", false, write_html},
    {"pdf", "the schedule of changes, then the redline", true, write_pdf},
};

} // namespace

void register_diff(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "diff", "Compare two versions clause by clause: changes, schedule of changes, redline");
    auto opts = std::make_shared<DiffOptions>();
    cmd->add_option("OLD", opts->old_path, "The earlier version")->required();
    cmd->add_option("NEW", opts->new_path, "The later version")->required();
    std::vector<std::string> names;
    std::string help;
    for (const DiffFormat& f : kDiffFormats) {
        names.push_back(f.name);
        help += std::string(help.empty() ? "" : ", ") + f.name + " (" + f.help + ")";
    }
    cmd->add_option("--format", opts->format, help)->check(CLI::IsMember(names));
    cmd->add_option("-o,--output", opts->output, "Output file (default: standard output)");
    cmd->add_option("--config", opts->config, "clerk.yaml naming the HTML and PDF templates");
    cmd->callback([opts] {
        const DiffFormat* format = nullptr;
        for (const DiffFormat& f : kDiffFormats)
            if (opts->format == f.name) format = &f;
        if (format->binary && (opts->output.empty() || opts->output == "-")) {
            print_load_diagnostics(
                {error_at(opts->new_path, {}, "diff/output",
                          std::string("a ") + format->name + " file is not written to the terminal",
                          std::string("name the file with -o, e.g. -o changes.") + format->name)});
            exit_with(kExitUnusable);
        }
        Document before = load_or_exit(opts->old_path);
        Document after = load_or_exit(opts->new_path);
        diff::DocumentDiff result = diff::diff_documents(before, after);
        diff::Schedule schedule = diff::make_schedule(result);
        diff::DiffLabels labels{label(opts->old_path, before), label(opts->new_path, after),
                                opts->old_path, opts->new_path};
        write_output(opts->output, format->write({*opts, result, schedule, labels}));
        // Changes are the answer, not a failure: the status is 0 either way.
    });
}

} // namespace clerk::cli

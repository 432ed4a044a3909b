// clerk export --to FORMAT FILE [-o OUT]: the document in another form.
#include "cli/commands.hpp"
#include "cli/document_inputs.hpp"
#include "write/json_writer.hpp"
#include "write/markdown_writer.hpp"
#include "xmllink/akn_references.hpp"

#include <functional>
#include <map>

namespace clerk::cli {

namespace {

using Writer = std::function<std::string(const DocumentInputs&)>;

// The writer table for `export`: one line per format.
const std::map<std::string, Writer>& writers() {
    static const std::map<std::string, Writer> table{
        {"akn",
         [](const DocumentInputs& in) {
             return xml::write_akn_linked(*in.document, in.links,
                                          in.data.legislation ? &*in.data.legislation : nullptr);
         }},
        {"json", [](const DocumentInputs& in) { return write_json(*in.document); }},
        {"md", [](const DocumentInputs& in) { return write_markdown(*in.document); }},
    };
    return table;
}

} // namespace

void register_export(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "export", "Write the document as JSON (clerk/1), canonical Markdown or Akoma Ntoso XML");
    struct Options {
        std::string to = "json";
        std::string path;
        std::string output;
    };
    auto opts = std::make_shared<Options>();
    std::vector<std::string> names;
    for (const auto& [name, _] : writers())
        names.push_back(name);
    cmd->add_option("--to", opts->to, "Output format")->check(CLI::IsMember(names));
    cmd->add_option("FILE", opts->path, "Document to read")->required();
    cmd->add_option("-o,--output", opts->output, "Output file (default: standard output)");
    cmd->callback([opts] {
        DocumentInputs in = prepare_document(opts->path, "", /*with_parallels=*/false);
        print_load_diagnostics(in.diagnostics);
        if (!in.usable()) exit_with(kExitUnusable);
        write_output(opts->output, writers().at(opts->to)(in));
    });
}

} // namespace clerk::cli

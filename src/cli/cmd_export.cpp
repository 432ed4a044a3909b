// clerk export --to FORMAT FILE [-o OUT]: the document in another form.
#include "cli/commands.hpp"
#include "write/json_writer.hpp"
#include "write/markdown_writer.hpp"
#include "xmllink/akn_references.hpp"

#include <functional>
#include <map>

namespace clerk::cli {

namespace {

// The writer table for `export`: one line per format.
const std::map<std::string, std::function<std::string(const Document&)>>& writers() {
    static const std::map<std::string, std::function<std::string(const Document&)>> table{
        {"akn", xml::write_akn_linked},
        {"json", write_json},
        {"md", write_markdown},
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
        Document doc = load_or_exit(opts->path);
        write_output(opts->output, writers().at(opts->to)(doc));
    });
}

} // namespace clerk::cli

// clerk build [DIR] [-o OUT]: the main job: every output for the documents in a folder.
#include "cli/commands.hpp"
#include "write/json_writer.hpp"
#include "xmllink/akn_references.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>

namespace clerk::cli {

std::string outline_text(const Document& doc);

namespace {

std::vector<std::string> documents_in(const std::string& dir) {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file()) continue;
        auto ext = entry.path().extension().string();
        auto stem = entry.path().stem().string();
        if ((ext == ".md" || ext == ".xml") && stem != "README")
            out.push_back(entry.path().string());
    }
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
        // The protocol first, then the rest by name.
        bool pa = std::filesystem::path(a).stem() == "protocol";
        bool pb = std::filesystem::path(b).stem() == "protocol";
        return pa != pb ? pa : a < b;
    });
    return out;
}

} // namespace

void register_build(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "build", "Main job: read every document in a folder and write all outputs");
    struct Options {
        std::string dir = "protocol-text/southend";
        std::string output = "out";
    };
    auto opts = std::make_shared<Options>();
    cmd->add_option("DIR", opts->dir,
                    "Folder with the documents (default: protocol-text/southend)");
    cmd->add_option("-o,--output", opts->output, "Folder for the outputs (default: out)");
    cmd->callback([opts] {
        auto files = documents_in(opts->dir);
        if (files.empty()) {
            std::cerr << fmt::format("{}: error: no .md or .xml documents in this folder\n",
                                     opts->dir);
            exit_with(kExitUnusable);
        }
        int worst = kExitClean;
        for (const std::string& file : files) {
            Document doc = load_or_exit(file);
            std::string stem = std::filesystem::path(file).stem().string();
            std::cout << fmt::format("== {} ({}, {} units)\n", file,
                                     doc.metadata.title.empty() ? stem : doc.metadata.title,
                                     doc.units.size());
            std::cout << outline_text(doc);
            std::string json_path =
                (std::filesystem::path(opts->output) / (stem + ".json")).string();
            write_output(json_path, write_json(doc));
            std::cout << fmt::format("wrote {}\n", json_path);
            std::string akn_path = (std::filesystem::path(opts->output) / (stem + ".xml")).string();
            write_output(akn_path, xml::write_akn_linked(doc));
            std::cout << fmt::format("wrote {}\n", akn_path);
            std::cout << fmt::format("wrote {}\n", render_html_page(file, opts->output, ""));
            std::cout << fmt::format("wrote {}\n", render_pdf_file(file, opts->output, ""));
            std::cout << fmt::format("-- clerk check {}\n", file);
            worst = std::max(worst, run_check({file}, "human", "error", "", std::cout));
        }
        // Findings are the main job's report, not its failure; unusable input is.
        if (worst == kExitUnusable) exit_with(worst);
    });
}

} // namespace clerk::cli

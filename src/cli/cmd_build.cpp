// clerk build [DIR] [-o OUT]: the main job: every output for the documents in a folder.
#include "cli/commands.hpp"
#include "cli/document_inputs.hpp"
#include "write/json_writer.hpp"
#include "xmllink/akn_references.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>

namespace clerk::cli {

std::string outline_text(const Document& doc);

namespace {

// True when a Markdown file opens with front matter: a document of Clerk's, not a stray
// note (NOTES.md, a to-do list) kept beside the documents.
bool has_front_matter(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string first;
    std::getline(in, first);
    if (first.rfind("\xEF\xBB\xBF", 0) == 0) first.erase(0, 3); // a byte-order mark
    while (!first.empty() && (first.back() == '\r' || first.back() == ' '))
        first.pop_back();
    return first == "---";
}

// The documents of a folder, and the Markdown files left out because they are not documents.
struct FolderDocuments {
    std::vector<std::string> documents;
    std::vector<std::string> skipped;
};

FolderDocuments documents_in(const std::string& dir) {
    namespace fs = std::filesystem;
    FolderDocuments out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file()) continue;
        auto ext = entry.path().extension().string();
        auto stem = entry.path().stem().string();
        if (stem == "README" || (ext != ".md" && ext != ".xml")) continue;
        if (ext == ".md" && !has_front_matter(entry.path()))
            out.skipped.push_back(entry.path().string());
        else
            out.documents.push_back(entry.path().string());
    }
    std::sort(out.skipped.begin(), out.skipped.end());
    std::sort(out.documents.begin(), out.documents.end(),
              [](const std::string& a, const std::string& b) {
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
        std::error_code ec;
        if (!std::filesystem::is_directory(opts->dir, ec)) {
            std::cerr << fmt::format("{}: error: no such folder\n  help: give the folder that "
                                     "holds the documents, e.g. protocol-text/southend\n",
                                     opts->dir);
            exit_with(kExitUnusable);
        }
        FolderDocuments found = documents_in(opts->dir);
        for (const std::string& file : found.skipped)
            std::cerr << fmt::format("{}: note: skipped: no front matter, so not one of the "
                                     "documents\n  help: to build it, open it with front matter "
                                     "('---', 'title: ...', '---')\n",
                                     file);
        const std::vector<std::string>& files = found.documents;
        if (files.empty()) {
            std::cerr << fmt::format(
                "{}: error: no documents in this folder (Markdown with front matter, or Akoma "
                "Ntoso .xml)\n  help: give the folder that holds the documents, e.g. "
                "protocol-text/southend, or import a council's text first with clerk import\n",
                opts->dir);
            exit_with(kExitUnusable);
        }
        // Every document is read, linked and given its data once; one that cannot be used is
        // reported and the others are still built.
        std::vector<std::string> failed;
        int worst = kExitClean;
        for (const std::string& file : files) {
            DocumentInputs in = prepare_document(file, "");
            if (!in.usable() || !in.config_problems.empty()) {
                print_load_diagnostics(in.diagnostics);
                print_load_diagnostics(in.config_problems);
                failed.push_back(file);
                continue;
            }
            const Document& doc = *in.document;
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
            write_output(akn_path,
                         xml::write_akn_linked(
                             doc, in.links, in.data.legislation ? &*in.data.legislation : nullptr));
            std::cout << fmt::format("wrote {}\n", akn_path);
            std::cout << fmt::format("wrote {}\n", render_html_page(in, opts->output));
            std::cout << fmt::format("wrote {}\n", render_pdf_file(file, opts->output, ""));
            std::cout << fmt::format("-- clerk check {}\n", file);
            worst = std::max(worst, report_check({&in}, "human", "error", std::cout));
        }
        if (!failed.empty()) {
            std::cerr << fmt::format("{} of {} documents could not be built:", failed.size(),
                                     files.size());
            for (const std::string& f : failed)
                std::cerr << " " << f;
            std::cerr << "\n";
            exit_with(kExitUnusable);
        }
        // Findings are the main job's report, not its failure; unusable input is.
        if (worst == kExitUnusable) exit_with(worst);
    });
}

} // namespace clerk::cli

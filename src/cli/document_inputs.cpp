#include "cli/document_inputs.hpp"

#include "io/files.hpp"
#include "link/links.hpp"
#include "load/load.hpp"
#include "model/document_kinds.hpp"
#include "model/limits.hpp"
#include "refdata/bundled.hpp"
#include "refdata/load_refdata.hpp"

#include <deque>
#include <filesystem>

namespace clerk::cli {

namespace fs = std::filesystem;

namespace {

// Something is there: a folder, device or FIFO under a data file's name is then refused by
// read_file with a message, never skipped in silence.
bool is_present(const fs::path& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

} // namespace

check::CheckConfig config_for(const std::string& document_path, const std::string& explicit_path,
                              std::vector<Diagnostic>& problems) {
    std::string path = explicit_path;
    if (path.empty()) {
        fs::path beside = fs::path(document_path).parent_path() / "clerk.yaml";
        if (!is_present(beside)) return {};
        path = beside.string();
    }
    FileContents contents = read_file(path, limits::kYamlBytes);
    if (!contents.bytes) {
        problems.push_back(error_at(path, {}, "config/invalid",
                                    "cannot read the configuration file: " + contents.error,
                                    "check the path given with --config"));
        check::CheckConfig config;
        config.path = path;
        return config;
    }
    return check::parse_config(*contents.bytes, path, problems);
}

refdata::ReferenceData reference_data_for(const std::string& document_path,
                                          const Document& document,
                                          const check::CheckConfig& config,
                                          std::vector<Diagnostic>& problems) {
    if (!config.reference_dir.empty() && !is_folder(config.reference_dir))
        problems.push_back(error_at(config.path, {}, "config/invalid",
                                    "reference: '" + config.reference_dir + "' is not a folder",
                                    "point 'reference:' at a folder holding legislation.yaml, "
                                    "gendered-terms.yaml or canonical-texts.yaml"));
    refdata::ReferencePaths paths = refdata::locate_reference_data(
        document_path, {config.reference_dir, config.constitution_map});
    // A constitution map is one council's: a document that names another council, or none,
    // is not measured against it.
    return refdata::for_council(refdata::load_reference_data(paths, problems),
                                document.metadata.council);
}

DocumentInputs prepare_document(const std::string& path, const std::string& config_path,
                                bool with_parallels) {
    DocumentInputs in;
    in.path = path;
    LoadResult loaded = load_file(path);
    in.diagnostics = std::move(loaded.diagnostics);
    if (!loaded.ok()) return in;
    in.document = std::move(*loaded.document);
    in.links = with_parallels ? link_document(*in.document) : link_references(*in.document);
    in.config = config_for(path, config_path, in.config_problems);
    in.data = reference_data_for(path, *in.document, in.config, in.problems);
    return in;
}

namespace {

// The same file, however its path is written.
bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::equivalent(a, b, ec);
}

// The appendices a covering document lists in its front matter, read from beside it;
// `loaded` keeps those not among `inputs` alive.
void add_listed_appendices(DocumentInputs& in, std::vector<DocumentInputs>& inputs,
                           std::deque<Document>& loaded,
                           std::vector<AppendixDocument>& appendices) {
    const nlohmann::ordered_json& extra = in.document->metadata.extra;
    auto listed = extra.find("appendices");
    if (listed == extra.end() || !listed->is_array()) return;
    for (const auto& item : *listed) {
        if (!item.is_string()) continue;
        fs::path path = fs::path(in.path).parent_path() / item.get<std::string>();
        auto given = std::find_if(inputs.begin(), inputs.end(), [&](const DocumentInputs& other) {
            return &other != &in && other.usable() && same_file(other.path, path);
        });
        if (given != inputs.end()) {
            appendices.push_back({&*given->document, given->path});
            continue;
        }
        LoadResult result = load_file(path.string());
        if (!result.ok()) {
            std::string why;
            for (const Diagnostic& d : result.diagnostics)
                if (d.severity == Severity::Error && why.empty()) why = d.message;
            Diagnostic d;
            d.severity = Severity::Warning;
            d.code = "check/appendix";
            d.file = in.path;
            d.span = {in.document->metadata.pos, in.document->metadata.pos};
            d.message = "the appendix '" + item.get<std::string>() +
                        "' listed in the front matter cannot be used (" + why +
                        "): its numbers are not looked for there";
            d.suggestion = "put the file beside the document, or correct 'appendices:'";
            in.problems.push_back(std::move(d));
            continue;
        }
        loaded.push_back(std::move(*result.document));
        appendices.push_back({&loaded.back(), path.lexically_normal().string()});
    }
}

} // namespace

void link_appendices(std::vector<DocumentInputs>& inputs) {
    std::deque<Document> loaded; // a deque: pointers to its documents stay valid as it grows
    for (DocumentInputs& in : inputs) {
        if (!in.usable() || !covers_other_documents(in.document->metadata)) continue;
        std::vector<AppendixDocument> appendices;
        add_listed_appendices(in, inputs, loaded, appendices);
        for (const DocumentInputs& other : inputs) {
            if (&other == &in || !other.usable() ||
                covers_other_documents(other.document->metadata))
                continue;
            bool listed =
                std::any_of(appendices.begin(), appendices.end(), [&](const AppendixDocument& a) {
                    return a.document == &*other.document;
                });
            if (!listed) appendices.push_back({&*other.document, other.path});
        }
        if (!appendices.empty()) resolve_in_appendices(in.links, appendices);
    }
}

} // namespace clerk::cli

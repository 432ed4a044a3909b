// Finding the reference data files for a document and reading them over the bundled data.
#include "io/files.hpp"
#include "model/limits.hpp"
#include "refdata/bundled.hpp"
#include "refdata/load_refdata.hpp"

#include <cctype>
#include <filesystem>

namespace clerk::refdata {

namespace fs = std::filesystem;

namespace {

// The path when something is there. Not only regular files: a folder or a device where a
// data file is expected is reported when it is read, not passed over in silence.
std::string existing(const fs::path& path) {
    std::error_code ec;
    return fs::exists(path, ec) ? path.lexically_normal().string() : std::string{};
}

} // namespace

ReferencePaths locate_reference_data(const std::string& document_path,
                                     const ReferenceOverrides& overrides) {
    ReferencePaths paths;
    fs::path doc_dir = fs::path(document_path).parent_path();
    if (doc_dir.empty()) doc_dir = ".";
    fs::path ref;
    if (!overrides.reference_dir.empty()) {
        ref = overrides.reference_dir;
    } else {
        for (const fs::path& candidate : {doc_dir / "reference", doc_dir / ".." / "reference"})
            if (is_folder(candidate)) {
                ref = candidate;
                break;
            }
    }
    if (!ref.empty()) {
        paths.reference_dir = ref.lexically_normal().string();
        paths.legislation = existing(ref / kLegislationFile);
        paths.gendered = existing(ref / kGenderedFile);
        paths.canonical = existing(ref / kCanonicalFile);
    }
    paths.constitution = overrides.constitution_map.empty() ? existing(doc_dir / kConstitutionFile)
                                                            : overrides.constitution_map;
    paths.deprecated = existing(doc_dir / kDeprecatedFile);
    if (paths.deprecated.empty() && !ref.empty())
        paths.deprecated = existing(ref / kDeprecatedFile);
    return paths;
}

ReferenceData load_reference_data(const ReferencePaths& paths, std::vector<Diagnostic>& errors) {
    ReferenceData data = bundled_reference_data();
    // Reads a data file; one that cannot be read is an error and the bundled part stays.
    auto read = [&](const std::string& path, const char* code) -> std::optional<std::string> {
        if (path.empty()) return std::nullopt;
        FileContents contents = read_file(path, limits::kYamlBytes);
        if (!contents.bytes) {
            errors.push_back(
                error_at(path, {}, code, "cannot read reference data: " + contents.error,
                         "make it a YAML file, or check the path given in clerk.yaml"));
            return std::nullopt;
        }
        return std::move(*contents.bytes);
    };
    if (auto text = read(paths.legislation, "refdata/legislation"))
        data.legislation = read_legislation(*text, paths.legislation, errors);
    if (auto text = read(paths.gendered, "refdata/gendered-terms"))
        data.gendered = read_gendered_terms(*text, paths.gendered, errors);
    if (auto text = read(paths.deprecated, "refdata/deprecated-titles"))
        data.deprecated = read_deprecated_titles(*text, paths.deprecated, errors);
    if (auto text = read(paths.canonical, "refdata/canonical-texts"))
        data.canonical = read_canonical_texts(*text, paths.canonical, errors);
    if (auto text = read(paths.constitution, "refdata/constitution-map"))
        data.constitution = read_constitution_map(*text, paths.constitution, errors);
    return data;
}

} // namespace clerk::refdata

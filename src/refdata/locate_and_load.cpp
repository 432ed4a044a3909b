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
    const ReferenceData& bundled = bundled_reference_data();
    ReferenceData data;
    // Each part: the file's when one was found and could be read, else the bundled one (an
    // unreadable file is an error). A council's file that is malformed leaves its part out.
    auto part = [&](auto& slot, const auto& bundled_part, const std::string& path, const char* code,
                    auto read_part) {
        if (!path.empty()) {
            FileContents contents = read_file(path, limits::kYamlBytes);
            if (contents.bytes) {
                slot = read_part(*contents.bytes, path, errors);
                return;
            }
            errors.push_back(
                error_at(path, {}, code, "cannot read reference data: " + contents.error,
                         "make it a YAML file, or check the path given in clerk.yaml"));
        }
        slot = bundled_part;
    };
    part(data.legislation, bundled.legislation, paths.legislation, "refdata/legislation",
         read_legislation);
    part(data.gendered, bundled.gendered, paths.gendered, "refdata/gendered-terms",
         read_gendered_terms);
    part(data.deprecated, bundled.deprecated, paths.deprecated, "refdata/deprecated-titles",
         read_deprecated_titles);
    part(data.canonical, bundled.canonical, paths.canonical, "refdata/canonical-texts",
         read_canonical_texts);
    part(data.constitution, bundled.constitution, paths.constitution, "refdata/constitution-map",
         read_constitution_map);
    return data;
}

} // namespace clerk::refdata

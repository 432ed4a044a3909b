#include "refdata/bundled.hpp"

#include "refdata/load_refdata.hpp"

namespace clerk::refdata {

const BundledFile* bundled_file(std::string_view name) {
    for (const BundledFile& f : bundled_files())
        if (f.name == name) return &f;
    return nullptr;
}

const ReferenceData& bundled_reference_data() {
    static const ReferenceData data = built_in_reference_data();
    return data;
}

namespace {

// A part with every origin naming `path`: its file, and the origin of each entry of
// `entries` (the Acts, terms, texts, titles or map entries).
template <typename Part, typename Entry>
void relabel(Part& part, std::vector<Entry> Part::*entries, const std::string& path) {
    part.file = path;
    for (Entry& e : part.*entries)
        e.origin.file = path;
}

// The bundled `part` relabelled to `file` when `text` is the bundled file `name`, else
// `text` parsed.
template <typename Part, typename Entry, typename Parse>
std::optional<Part> read_part(const std::string& text, std::string_view name,
                              const std::optional<Part>& part, std::vector<Entry> Part::*entries,
                              const std::string& file, std::vector<Diagnostic>& errors,
                              Parse parse) {
    const BundledFile* bundled = bundled_file(name);
    if (bundled && part && bundled->text == text) {
        Part copy = *part;
        relabel(copy, entries, file);
        return copy;
    }
    return parse(text, file, errors);
}

} // namespace

std::optional<LegislationRegister> read_legislation(const std::string& text,
                                                    const std::string& file,
                                                    std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledLegislation, bundled_reference_data().legislation,
                     &LegislationRegister::acts, file, errors, parse_legislation);
}

std::optional<GenderedTerms> read_gendered_terms(const std::string& text, const std::string& file,
                                                 std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledGendered, bundled_reference_data().gendered,
                     &GenderedTerms::terms, file, errors, parse_gendered_terms);
}

std::optional<CanonicalTexts> read_canonical_texts(const std::string& text, const std::string& file,
                                                   std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledCanonical, bundled_reference_data().canonical,
                     &CanonicalTexts::texts, file, errors, parse_canonical_texts);
}

std::optional<DeprecatedTitles> read_deprecated_titles(const std::string& text,
                                                       const std::string& file,
                                                       std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledDeprecated, bundled_reference_data().deprecated,
                     &DeprecatedTitles::titles, file, errors, parse_deprecated_titles);
}

std::optional<ConstitutionMap> read_constitution_map(const std::string& text,
                                                     const std::string& file,
                                                     std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledConstitution, bundled_reference_data().constitution,
                     &ConstitutionMap::entries, file, errors, parse_constitution_map);
}

} // namespace clerk::refdata

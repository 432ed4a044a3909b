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

void relabel(DataOrigin& origin, const std::string& path) {
    origin.file = path;
}

void relabel(LegislationRegister& r, const std::string& path) {
    r.file = path;
    for (Act& a : r.acts)
        relabel(a.origin, path);
}

void relabel(GenderedTerms& g, const std::string& path) {
    g.file = path;
    for (GenderedTerm& t : g.terms)
        relabel(t.origin, path);
}

void relabel(CanonicalTexts& c, const std::string& path) {
    c.file = path;
    for (CanonicalText& t : c.texts)
        relabel(t.origin, path);
}

void relabel(DeprecatedTitles& d, const std::string& path) {
    d.file = path;
    for (DeprecatedTitle& t : d.titles)
        relabel(t.origin, path);
}

void relabel(ConstitutionMap& m, const std::string& path) {
    m.file = path;
    for (ConstitutionEntry& e : m.entries)
        relabel(e.origin, path);
}

// The bundled `part` relabelled to `file` when `text` is the bundled file `name`, else
// `text` parsed.
template <typename Part, typename Parse>
std::optional<Part> read_part(const std::string& text, std::string_view name,
                              const std::optional<Part>& part, const std::string& file,
                              std::vector<Diagnostic>& errors, Parse parse) {
    const BundledFile* bundled = bundled_file(name);
    if (bundled && part && bundled->text == text) {
        Part copy = *part;
        relabel(copy, file);
        return copy;
    }
    return parse(text, file, errors);
}

} // namespace

std::optional<LegislationRegister> read_legislation(const std::string& text,
                                                    const std::string& file,
                                                    std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledLegislation, bundled_reference_data().legislation, file, errors,
                     parse_legislation);
}

std::optional<GenderedTerms> read_gendered_terms(const std::string& text, const std::string& file,
                                                 std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledGendered, bundled_reference_data().gendered, file, errors,
                     parse_gendered_terms);
}

std::optional<CanonicalTexts> read_canonical_texts(const std::string& text, const std::string& file,
                                                   std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledCanonical, bundled_reference_data().canonical, file, errors,
                     parse_canonical_texts);
}

std::optional<DeprecatedTitles> read_deprecated_titles(const std::string& text,
                                                       const std::string& file,
                                                       std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledDeprecated, bundled_reference_data().deprecated, file, errors,
                     parse_deprecated_titles);
}

std::optional<ConstitutionMap> read_constitution_map(const std::string& text,
                                                     const std::string& file,
                                                     std::vector<Diagnostic>& errors) {
    return read_part(text, kBundledConstitution, bundled_reference_data().constitution, file,
                     errors, parse_constitution_map);
}

} // namespace clerk::refdata

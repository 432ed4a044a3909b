#include "refdata/bundled.hpp"

#include "refdata/load_refdata.hpp"

#include <stdexcept>

namespace clerk::refdata {

const BundledFile* bundled_file(std::string_view name) {
    for (const BundledFile& f : bundled_files())
        if (f.name == name) return &f;
    return nullptr;
}

std::string bundled_label(std::string_view name) {
    return "bundled:" + std::string(name);
}

const ReferenceData& bundled_reference_data() {
    static const ReferenceData data = [] {
        ReferenceData out;
        std::vector<Diagnostic> errors;
        auto text = [](std::string_view name) {
            const BundledFile* f = bundled_file(name);
            return f ? std::string(f->text) : std::string{};
        };
        out.legislation = parse_legislation(text("reference/legislation.yaml"),
                                            bundled_label("reference/legislation.yaml"), errors);
        out.gendered = parse_gendered_terms(text("reference/gendered-terms.yaml"),
                                            bundled_label("reference/gendered-terms.yaml"), errors);
        out.canonical =
            parse_canonical_texts(text("reference/canonical-texts.yaml"),
                                  bundled_label("reference/canonical-texts.yaml"), errors);
        out.deprecated =
            parse_deprecated_titles(text("southend/deprecated-titles.yaml"),
                                    bundled_label("southend/deprecated-titles.yaml"), errors);
        out.constitution =
            parse_constitution_map(text("southend/constitution-map.yaml"),
                                   bundled_label("southend/constitution-map.yaml"), errors);
        // The bundled files are tested with the build; a fault here is a build fault.
        if (!errors.empty()) throw std::logic_error("bundled reference data: " + errors[0].message);
        return out;
    }();
    return data;
}

} // namespace clerk::refdata

// The bundled reference data compiled in at build time: the same values as parsing the
// bundled files, and a council's byte-for-byte copy of a bundled file read without parsing.
#include "refdata/bundled.hpp"
#include "refdata/load_refdata.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::refdata;

namespace {

std::string bundled_text(std::string_view name) {
    const BundledFile* file = bundled_file(name);
    REQUIRE(file != nullptr);
    return std::string(file->text);
}

} // namespace

TEST_CASE("the compiled-in reference data equals the bundled files parsed", "[refdata]") {
    std::vector<Diagnostic> errors;
    const ReferenceData& built = bundled_reference_data();
    auto parsed_legislation = parse_legislation(bundled_text(kBundledLegislation),
                                                bundled_label(kBundledLegislation), errors);
    auto parsed_gendered = parse_gendered_terms(bundled_text(kBundledGendered),
                                                bundled_label(kBundledGendered), errors);
    auto parsed_canonical = parse_canonical_texts(bundled_text(kBundledCanonical),
                                                  bundled_label(kBundledCanonical), errors);
    auto parsed_deprecated = parse_deprecated_titles(bundled_text(kBundledDeprecated),
                                                     bundled_label(kBundledDeprecated), errors);
    auto parsed_constitution = parse_constitution_map(bundled_text(kBundledConstitution),
                                                      bundled_label(kBundledConstitution), errors);
    CHECK(errors.empty());
    REQUIRE(built.legislation);
    CHECK(built.legislation->acts.size() > 50);
    CHECK(built.legislation == parsed_legislation);
    CHECK(built.gendered == parsed_gendered);
    CHECK(built.canonical == parsed_canonical);
    CHECK(built.deprecated == parsed_deprecated);
    CHECK(built.constitution == parsed_constitution);
}

TEST_CASE("a copy of a bundled file reads as the bundled data under its own name", "[refdata]") {
    std::vector<Diagnostic> errors;
    auto copy =
        read_legislation(bundled_text(kBundledLegislation), "council/legislation.yaml", errors);
    CHECK(errors.empty());
    REQUIRE(copy);
    CHECK(copy->file == "council/legislation.yaml");
    REQUIRE(!copy->acts.empty());
    CHECK(copy->acts.front().origin.file == "council/legislation.yaml");
    CHECK(copy->acts.size() == bundled_reference_data().legislation->acts.size());

    auto map = read_constitution_map(bundled_text(kBundledConstitution),
                                     "southend/constitution-map.yaml", errors);
    REQUIRE(map);
    CHECK(map->entries.front().origin.file == "southend/constitution-map.yaml");
}

TEST_CASE("an edited copy of a bundled file is parsed, not taken from the bundled data",
          "[refdata]") {
    std::vector<Diagnostic> errors;
    std::string edited = bundled_text(kBundledDeprecated) +
                         "  - { title: Head of Paid Service Support, replacement: Chief "
                         "Executive's Office }\n";
    auto titles = read_deprecated_titles(edited, "deprecated-titles.yaml", errors);
    CHECK(errors.empty());
    REQUIRE(titles);
    REQUIRE(bundled_reference_data().deprecated);
    CHECK(titles->titles.size() == bundled_reference_data().deprecated->titles.size() + 1);
    CHECK(titles->titles.back().title == "Head of Paid Service Support");
    CHECK(titles->file == "deprecated-titles.yaml");

    std::string broken = bundled_text(kBundledGendered) + "\n: [unclosed\n";
    errors.clear();
    auto gendered = read_gendered_terms(broken, "gendered-terms.yaml", errors);
    CHECK(!gendered);
    REQUIRE(!errors.empty());
    CHECK(errors.front().file == "gendered-terms.yaml");
}

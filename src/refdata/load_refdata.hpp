// Loading the reference data files: where they are found and how each is parsed.
#pragma once

#include "model/diagnostic.hpp"
#include "refdata/reference_data.hpp"

#include <optional>
#include <string>
#include <vector>

namespace clerk::refdata {

/// The file names Clerk looks for.
inline constexpr const char* kLegislationFile = "legislation.yaml";
inline constexpr const char* kGenderedFile = "gendered-terms.yaml";
inline constexpr const char* kDeprecatedFile = "deprecated-titles.yaml";
inline constexpr const char* kCanonicalFile = "canonical-texts.yaml";
inline constexpr const char* kConstitutionFile = "constitution-map.yaml";

/// Paths of the data files to load; an empty path means the file was not found.
struct ReferencePaths {
    std::string reference_dir; ///< the folder of shared data (legislation, terms, texts)
    std::string legislation;
    std::string gendered;
    std::string deprecated;
    std::string canonical;
    std::string constitution;
};

/// Explicit locations from the command line or clerk.yaml; empty means "search".
struct ReferenceOverrides {
    std::string reference_dir;    ///< folder holding legislation.yaml etc.
    std::string constitution_map; ///< the council's constitution map
};

/// Finds the data files for a document: the reference folder is the override, else the
/// first of DOCDIR/reference and DOCDIR/../reference that exists (never the working folder); the
/// constitution map and deprecated titles are looked for beside the document first (they belong to
/// a council), then in the reference folder.
ReferencePaths locate_reference_data(const std::string& document_path,
                                     const ReferenceOverrides& overrides = {});

/// The bundled data with each file named in `paths` read in place of its part (a council's
/// own files). A file that cannot be read adds an error diagnostic and the bundled part
/// stays; a malformed one adds an error (file, line, what is wrong, what to do) and its part
/// is left out, so that the rules needing it say they were skipped.
ReferenceData load_reference_data(const ReferencePaths& paths, std::vector<Diagnostic>& errors);

/// Parses the legislation register; `file` names it in errors.
std::optional<LegislationRegister> parse_legislation(const std::string& text,
                                                     const std::string& file,
                                                     std::vector<Diagnostic>& errors);
/// Parses the gendered terms and allowed titles.
std::optional<GenderedTerms> parse_gendered_terms(const std::string& text, const std::string& file,
                                                  std::vector<Diagnostic>& errors);
/// Parses the deprecated titles.
std::optional<DeprecatedTitles> parse_deprecated_titles(const std::string& text,
                                                        const std::string& file,
                                                        std::vector<Diagnostic>& errors);
/// Parses the canonical texts.
std::optional<CanonicalTexts> parse_canonical_texts(const std::string& text,
                                                    const std::string& file,
                                                    std::vector<Diagnostic>& errors);
/// Parses a constitution map.
std::optional<ConstitutionMap> parse_constitution_map(const std::string& text,
                                                      const std::string& file,
                                                      std::vector<Diagnostic>& errors);

/// Splits a constitution citation ("Part 3, Schedule 2", "Part 4(b)", "Article 12 in Part 2",
/// "Standing Order 46") into normalised fields; false when it names none of them.
bool parse_constitution_cite(std::string_view cite, ConstitutionEntry& out);

} // namespace clerk::refdata

// Constitution citations ("Part 3, Schedule 2 of the Constitution", "Part 4(b)", "Article 12
// in Part 2", "Standing Order 46") and the checks on what the words around them name.
#pragma once

#include "content/text_runs.hpp"
#include "model/diagnostic.hpp"
#include "refdata/reference_data.hpp"

#include <string>
#include <vector>

namespace clerk::content {

/// One citation of a provision of the council's constitution.
struct ConstitutionCitation {
    std::size_t run = 0;
    Range span;
    std::string text;               ///< as written
    std::string part;               ///< normalised: "3", "4(b)"
    std::string schedule;           ///< "2"
    std::string article;            ///< "12"
    std::string standing_order;     ///< "46"
    std::vector<std::string> names; ///< what the words just before it call it (name keys)
    std::vector<Range> name_spans;  ///< where those names are written
    std::vector<bool>
        proper_names; ///< the name is capitalised or a defined term (not "the scheme of ...")
};

/// The constitution citations in the runs. "Part 1 of Schedule 12A to the Act" (a statute)
/// and "Part 1, Public Agenda Item" (no Schedule, no "Constitution") are not citations.
std::vector<ConstitutionCitation> constitution_citations(const Document& document,
                                                         const std::vector<TextRun>& runs);

/// cite/constitution-map: the words naming a citation belong to another provision of the map.
std::vector<Diagnostic> check_constitution_map(const Document& document,
                                               const std::vector<TextRun>& runs,
                                               const refdata::ConstitutionMap& map);
/// cite/constitution-inconsistent: one body or document cited at two different places of the
/// constitution within the document. Works without a map; with a map that knows both
/// places it leaves the finding to cite/constitution-map.
std::vector<Diagnostic> check_constitution_consistency(const Document& document,
                                                       const std::vector<TextRun>& runs,
                                                       const refdata::ConstitutionMap* map);

/// "Part 3, Schedule 2" for messages.
std::string describe_location(const std::string& part, const std::string& schedule,
                              const std::string& article, const std::string& standing_order);

} // namespace clerk::content

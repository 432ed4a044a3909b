// What the constitution rules share. Constitution citations ("Part 3, Schedule 2 of the
// Constitution", "Part 4(b)", "Article 12 in Part 2", "Standing Order 46") and the checks on what
// the words around them name.
#pragma once

#include "link/links.hpp"
#include "model/diagnostic.hpp"
#include "refdata/reference_data.hpp"
#include "text/text_runs.hpp"

#include <string>
#include <vector>

namespace clerk::check {

/// A constitution citation of the link stage with the names written before it.
struct NamedCitation {
    std::size_t run = 0;
    text::Range span;
    std::string text;                    ///< as written
    std::string part;                    ///< normalised: "3", "4(b)"
    std::string schedule;                ///< "2"
    std::string article;                 ///< "12"
    std::string standing_order;          ///< "46"
    std::vector<std::string> names;      ///< what the words just before it call it (name keys)
    std::vector<text::Range> name_spans; ///< where those names are written
    std::vector<bool>
        proper_names; ///< the name is capitalised or a defined term (not "the scheme of ...")
};

/// The link stage's certain constitution citations ("Part 1, Public Agenda Item" is not one),
/// each with what the words before it call it.
std::vector<NamedCitation> constitution_citations(const Document& document, const Links& links);

/// A map entry found among the words naming a citation.
struct NameMatch {
    const refdata::ConstitutionEntry* entry = nullptr;
    std::size_t end = 0;
    std::size_t length = 0;
};

/// The names (and title) of every entry of a constitution map as name keys, worked out once
/// for all the citations a rule reads.
class MapNames {
  public:
    explicit MapNames(const refdata::ConstitutionMap& map);

    /// The map entry named nearest to the end of `region_key` (longest name on a tie).
    NameMatch nearest(const std::string& region_key) const;
    /// True when one of the entry's names (or its title) is in `region_key`.
    bool named_in(const refdata::ConstitutionEntry& entry, const std::string& region_key) const;

  private:
    std::vector<std::pair<const refdata::ConstitutionEntry*, std::string>> keys_; // map order
};

/// The term defined by the unit (or the nearest ancestor that defines one); empty when none.
std::string defined_term_of(const Document& document, UnitIndex unit);

/// "Part 3, Schedule 2" for messages.
std::string describe_location(const std::string& part, const std::string& schedule,
                              const std::string& article, const std::string& standing_order);

} // namespace clerk::check

// Names shared by the Akoma Ntoso writer, reader and validator: namespaces, the element
// used for each depth of the unit tree, eIds and the IDs derived from numbers.
#pragma once

#include "model/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace clerk::xml {

/// The Akoma Ntoso 3.0 namespace.
inline constexpr const char* kAknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
/// Clerk's namespace for what Akoma Ntoso has no element or attribute for.
inline constexpr const char* kClerkNamespace = "urn:clerk:akn:1";

/// How one unit is written: element, hcontainer name and eId.
struct AknUnitName {
    std::string element; ///< "section", "subsection", "paragraph", "subparagraph", "hcontainer"
    std::string name;    ///< the hcontainer's @name ("appendix", "unnumbered"); else empty
    std::string eid;     ///< e.g. "sec_9__subsec_3__para_5"; empty for the preamble
};

/// Names every unit of the document (indexed like Document::units). eIds are built from
/// the numbers along the unit's path and are unique within the document.
std::vector<AknUnitName> name_units(const Document& doc);

/// The hierarchical element for a numbered unit at `depth` (1 = top level).
std::string_view element_for_depth(int depth);

/// The ID Clerk gives a unit with this number as written: "1." -> "1", "9.3.5" -> "9.3.5",
/// "Appendix 1" -> "appendix-1"; empty when the unit has no number.
std::string derived_unit_id(UnitKind kind, std::string_view number);

/// The heading level a heading unit has when nothing says otherwise: one more than the
/// number of heading units above it.
int default_heading_level(const Document& doc, UnitIndex index);

/// A lowercase ASCII slug for IDs and URIs: "Part 5(d)" -> "part-5d".
std::string slug(std::string_view text);

/// True for the hierarchical elements of Akoma Ntoso that the reader turns into units.
bool is_hierarchy_element(std::string_view name);

/// True for hcontainer names that mean an appendix ("appendix", "annex", "schedule").
bool is_appendix_name(std::string_view name);

} // namespace clerk::xml

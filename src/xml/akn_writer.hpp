// The Akoma Ntoso 3.0 form of a document (`clerk export --to akn`): <akomaNtoso><doc> with
// FRBR identification, lifecycle and references in <meta>, the preface, and the unit tree
// as <section>/<subsection>/<paragraph>/<subparagraph> and <hcontainer> elements. What
// Akoma Ntoso has no place for (the front matter as written, heading levels, explicit
// IDs) is kept in Clerk's namespace, so that reading the output gives the same model.
#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace clerk::xml {

/// A run of a unit's text that refers to other units or to legislation, for the writer to
/// mark up as <ref> (one target) or <mref> (several).
struct AknReference {
    UnitIndex unit = kNoUnit;         ///< the unit whose own text holds the reference
    std::string text;                 ///< the words as written: "Sections 5.7 and 9.3.5"
    std::vector<std::string> targets; ///< per target: a unit ID ("5.7") or an absolute URI
    std::vector<std::string> labels;  ///< per target: the words naming it ("5.7")
};

/// Optional mark-up from later stages: resolved references and legislation citations.
struct AknExtras {
    std::vector<AknReference> references;
};

/// The document as Akoma Ntoso 3.0 XML.
std::string write_akn(const Document& doc, const AknExtras& extras = {});

} // namespace clerk::xml

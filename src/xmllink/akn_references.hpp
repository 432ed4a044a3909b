// The references `clerk export --to akn` marks up: internal references resolved by the link
// stage become <ref>/<mref> to eIds, and citations of Acts in the legislation register
// become <ref> to their legislation.gov.uk address.
#pragma once

#include "link/links.hpp"
#include "model/document.hpp"
#include "refdata/reference_data.hpp"
#include "xml/akn_writer.hpp"

#include <string>

namespace clerk::xml {

/// The legislation.gov.uk address of an Act or SI from its register chapter ("2011 c. 20" ->
/// .../ukpga/2011/20, "SI 2014/2095" -> .../uksi/2014/2095), with "/section/N" when a
/// section is cited; empty for chapters it cannot map (regnal years).
std::string legislation_uri(const refdata::Act& act, const std::string& section);

/// The mark-up for a document from its links: every fully resolved internal reference, and
/// every Act citation the register (may be null) knows.
AknExtras akn_references(const Links& links, const refdata::LegislationRegister* reg);

/// The document as Akoma Ntoso with its references marked up; without a register, Act
/// citations stay text.
std::string write_akn_linked(const Document& doc, const Links& links,
                             const refdata::LegislationRegister* reg);

} // namespace clerk::xml

// `clerk validate`: Akoma Ntoso XML against the schema of Clerk's subset (with libxml2),
// then the checks a schema cannot make: every `#` reference names an eId, every numbered
// unit has an eId, no element has two <num>, no eId is used twice.
#pragma once

#include "model/diagnostic.hpp"
#include "model/source.hpp"

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace clerk::xml {

/// The file name of the subset's schema.
inline constexpr const char* kSchemaFile = "clerk-akn.xsd";

/// What validation found. `usable` is false when the input could not be checked at all
/// (not well-formed, a DOCTYPE, no schema); `diagnostics` then says why.
struct ValidationResult {
    bool usable = true;
    std::vector<Diagnostic> diagnostics;
};

/// Where the subset's schema is: $CLERK_DATA_DIR, then share/clerk beside the installed
/// binary, the install prefix, and the source tree. Empty when none exists.
std::string find_akn_schema();

/// Validates XML text against the schema at `schema_path` and Clerk's own checks.
ValidationResult validate_akn(const SourceText& source, const std::string& schema_path);

/// The checks a schema cannot make, on a parsed document.
std::vector<Diagnostic> check_akn_structure(const SourceText& source,
                                            const pugi::xml_document& xml);

} // namespace clerk::xml

// The reference data compiled into the binary: protocol-text/reference/*.yaml, the Southend
// council's own files as the default constitution map and deprecated titles, and the rules
// written as data (protocol-text/rules/). Generated at build time from those files.
#pragma once

#include "refdata/reference_data.hpp"

#include <string_view>
#include <vector>

namespace clerk::refdata {

/// A data file compiled into the binary.
struct BundledFile {
    std::string_view name; ///< its path under protocol-text/: "reference/legislation.yaml"
    std::string_view text; ///< its bytes
};

/// Every bundled file.
const std::vector<BundledFile>& bundled_files();

/// The bundled file with this name, or null.
const BundledFile* bundled_file(std::string_view name);

/// How a bundled file is named in messages: "bundled:reference/legislation.yaml".
std::string bundled_label(std::string_view name);

/// The bundled reference data, parsed once: what every document gets unless its council's own
/// files replace a part.
const ReferenceData& bundled_reference_data();

} // namespace clerk::refdata

// Metadata lines: what a council prints about a document around its text ("Adopted by the
// Finance & Personnel Committee 19th January 2015", "Last updated 4 January 2022, version
// 3", "Version 2.1", "Date: 12 March 2021", "Time: 6.00 pm"). They belong in the front
// matter, not in headings or titles.
#pragma once

#include "model/metadata.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace clerk::import {

/// A date written as councils write them ("19th January 2015", "Monday, 29 January 2024",
/// "January 19, 2015", "19/01/2015", "2015-01-19") as an ISO date; empty when the text
/// holds none. `rest` (optional) gets the text with the date taken out.
std::string find_date(std::string_view text, std::string* rest = nullptr);

/// What a metadata line says, as front-matter fields.
struct MetadataLine {
    std::string adopted;    ///< ISO date the document was adopted
    std::string adopted_by; ///< the body that adopted it
    std::string updated;    ///< ISO date it was last updated
    std::string version;    ///< "3", "2.1"
    std::string date;       ///< ISO date of this version or meeting
    std::string time;       ///< "6.00 pm"
    std::string summary;    ///< "adopted 2015-01-19 by the ...", for the report
};

/// Reads a line standing on its own as a metadata line; nothing for running text.
std::optional<MetadataLine> read_metadata_line(std::string_view text);

/// Moves what the line says into the metadata: adopted and updated as keys of their
/// own, version and date as Clerk's fields, adoption as a history entry too.
void apply_metadata_line(const MetadataLine& line, Metadata& meta);

} // namespace clerk::import

// Agenda packs: a committee's Public Document Pack holds several documents (front sheet and
// agenda, minutes, reports, their appendices). Finding where each starts, from the PDF's
// bookmarks when there are any, otherwise from the text's own signals: "Agenda Item N",
// blank-page notices, a report's heading block (committee, date, title, "Report of ..."),
// and the appendices a report lists ("Appendix 1: Protocol on ...") where their titles or
// labels appear.
#pragma once

#include "import/import.hpp"
#include "import/text_lines.hpp"

#include <string>
#include <vector>

namespace clerk::import {

/// One document of a pack.
struct PackPart {
    std::string kind;               ///< agenda, minutes, report, protocol, action-plan, appendix
    std::string title;              ///< as the pack names it
    std::size_t begin = 0, end = 0; ///< indices into the lines: [begin, end)
    std::vector<std::size_t> appendices; ///< for a report: the indices of its appendix parts
    std::string why;                     ///< the signal that opened it, for the report
};

/// Finds the documents of a pack. `bookmarks` (a PDF's top-level bookmarks) take the place
/// of the text's signals when there are two or more. Lines are read as cleaned of markup.
std::vector<PackPart> find_pack_parts(const std::vector<TextLine>& lines,
                                      const std::vector<std::string>& bookmarks);

/// True when the parts found make a pack: two or more documents of which at least one is
/// minutes or a report.
bool is_pack(const std::vector<PackPart>& parts);

/// A file name for a part: "03-cases-and-work-update-2023-24.md".
std::string part_file_name(const PackPart& part, std::size_t index);

} // namespace clerk::import

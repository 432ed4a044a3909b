// Numbers that belong to another instrument: "section 27 (2) of the Act", "Part 5, Section
// 14", a report's "Section 17 implications". The reference rules leave them to the citation
// rules.
#pragma once

#include "link/links.hpp"
#include "model/document.hpp"

namespace clerk::check {

/// True when the reference's numbers are those of another instrument, named after it
/// ("section 27 (2) of the Act", "paragraph 39 of Schedule 12 to the Local Government Act
/// 1972", "Section 14 of the Constitution", "paragraph 3 of Part 2 of the Members' Code"),
/// before it ("Part 5, Section 14"), or by a report template's heading ("Section 17
/// implications", the Crime and Disorder Act 1998). "Section 5 of this Protocol" is this
/// document.
bool cites_another_instrument(const Document& document, const Reference& ref);

} // namespace clerk::check

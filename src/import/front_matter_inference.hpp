// Front matter from what an imported text says about itself: its title, the Part of the
// Constitution it is ("Part 5(d) – Protocol on ..."), and the council that wrote it.
#pragma once

#include "import/import.hpp"
#include "model/metadata.hpp"

#include <string>
#include <vector>

namespace clerk::import {

/// Splits "Part 5(d) – Protocol on Councillor / Officer Relations" into part and title;
/// returns false when the text does not open with a Part.
bool split_part_title(std::string_view text, std::string& part, std::string& title);

/// The council a text names most often: "Southend-on-Sea Borough Council" (Borough, City,
/// County, District and Metropolitan Borough councils; town and parish councils only when
/// no other is named). Empty when none is named.
std::string find_council(const std::vector<std::string>& lines);

/// True when a line reads as a document's title: up to twenty words, not a sentence, naming
/// a kind of document (protocol, code, policy, plan, procedure, guidance, rules, ...).
bool reads_as_document_title(std::string_view text);

/// Sets title, part and council from the text, noting where each came from and which
/// fields are left for the user to fill in.
void fill_front_matter(Metadata& meta, const std::string& title_line, std::uint32_t title_at,
                       const std::vector<std::string>& lines, std::vector<ImportNote>& notes);

} // namespace clerk::import

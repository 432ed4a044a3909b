// The text of a unit as the diff compares it: its title and its own content (not its
// children), with whitespace collapsed.
#pragma once

#include "link/links.hpp"
#include "model/document.hpp"

#include <string>
#include <vector>

namespace clerk::diff {

/// Title and own content of every unit, in document order, whitespace collapsed.
std::vector<std::string> unit_texts(const Document& doc);

/// Title and own content of one unit with a line for each paragraph and list item, spaces
/// collapsed within each line: the text a redline marks.
std::string unit_lines(const Document& doc, UnitIndex unit);

/// Collapses runs of whitespace to one space and trims the ends.
std::string collapse_spaces(std::string_view text);

/// The number as compared: "1." and "1" are the same number.
std::string number_key(std::string_view number);

/// The texts with the number of every resolved internal reference replaced by a token
/// naming its target (`target_token(unit)`), so that two versions whose references differ
/// only because their targets were renumbered compare equal.
template <typename TargetToken>
std::vector<std::string> texts_with_reference_tokens(const Document& doc, const Links& links,
                                                     std::vector<std::string> texts,
                                                     TargetToken target_token);

/// Replaces, inside the first occurrence of `reference` in `text` at or after `from`, each
/// number of `numbers` (in order) by the matching token; returns where the reference ended,
/// or `from` when it was not found.
std::size_t replace_reference_numbers(std::string& text, std::size_t from,
                                      const std::string& reference,
                                      const std::vector<std::string>& numbers,
                                      const std::vector<std::string>& tokens);

template <typename TargetToken>
std::vector<std::string> texts_with_reference_tokens(const Document& doc, const Links& links,
                                                     std::vector<std::string> texts,
                                                     TargetToken target_token) {
    std::vector<std::size_t> cursor(doc.units.size(), 0);
    for (const Reference& ref : links.references) {
        if (ref.kind != ReferenceKind::Internal || ref.from == kNoUnit) continue;
        std::vector<std::string> numbers, tokens;
        for (const ReferenceTarget& t : ref.targets) {
            if (t.unit == kNoUnit) continue;
            numbers.push_back(t.number);
            tokens.push_back(target_token(t.unit));
        }
        if (numbers.empty()) continue;
        auto from = static_cast<std::size_t>(ref.from);
        cursor[from] = replace_reference_numbers(texts[from], cursor[from],
                                                 collapse_spaces(ref.text), numbers, tokens);
    }
    return texts;
}

} // namespace clerk::diff

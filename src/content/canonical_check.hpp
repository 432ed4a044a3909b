// Quoted standard texts (the Seven Principles of Public Life) compared word by word with
// their canonical wording.
#pragma once

#include "content/text_runs.hpp"
#include "model/diagnostic.hpp"
#include "refdata/reference_data.hpp"

#include <string>
#include <vector>

namespace clerk::content {

/// One difference between a quotation and the canonical wording.
struct WordEdit {
    std::string canonical; ///< the canonical words (empty for an insertion)
    std::string written;   ///< the words written (empty for an omission)
    std::size_t written_begin =
        0; ///< byte offset of the first written word (or where it is missing)
};

/// The word-level differences between `written` and `canonical`, ignoring case and
/// punctuation; offsets refer to `written`.
std::vector<WordEdit> word_diff(std::string_view written, std::string_view canonical);

/// "'change' where the canonical text has 'challenge'; ..." for up to three edits.
std::string describe_edits(const std::vector<WordEdit>& edits);

/// text/canonical: each passage that quotes an item of a canonical text (it opens with the
/// text's opening words under the item's name) and differs from every accepted wording.
std::vector<Diagnostic> check_canonical_texts(const Document& document,
                                              const std::vector<TextRun>& runs,
                                              const refdata::CanonicalTexts& texts);

} // namespace clerk::content

// Word-level differences between two texts: words, punctuation and spaces are the tokens,
// so a change reads as whole words inserted or deleted, never as character soup.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clerk::diff {

/// What a run of text is in the new version compared with the old.
enum class EditKind { Equal, Delete, Insert };

/// One run of text: kept, deleted from the old version, or inserted in the new one.
struct TextEdit {
    EditKind kind = EditKind::Equal;
    std::string text;
};

/// The edits that turn `old_text` into `new_text`. Runs of spaces count as equal whatever
/// their width; a lone space or mark between two changes joins them into one change.
std::vector<TextEdit> diff_words(std::string_view old_text, std::string_view new_text);

/// True when any edit is not Equal.
bool has_changes(const std::vector<TextEdit>& edits);

} // namespace clerk::diff

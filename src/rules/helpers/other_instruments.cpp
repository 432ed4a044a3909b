#include "rules/helpers/other_instruments.hpp"

#include "text/pattern.hpp"

#include <algorithm>
#include <string>

namespace clerk::check {

namespace {

// The paragraph's text up to `length` bytes after (or before) a reference, on one line.
std::string text_beside(const Document& document, const Reference& ref, bool after,
                        std::size_t length) {
    const std::string& source = document.source.text();
    std::size_t at = after ? document.source.offset_of(ref.span.end) + 1
                           : document.source.offset_of(ref.span.begin);
    std::size_t from = after ? at : (at > length ? at - length : 0);
    std::string out = source.substr(std::min(from, source.size()), after ? length : at - from);
    std::size_t blank = after ? out.find("\n\n") : out.rfind("\n\n");
    if (blank != std::string::npos) out = after ? out.substr(0, blank) : out.substr(blank + 2);
    for (char& c : out)
        if (c == '\n') c = ' ';
    return out;
}

} // namespace

bool cites_another_instrument(const Document& document, const Reference& ref) {
    static const text::Pattern named_after(
        R"(^\s*(?:\(\s*\d+\s*\)\s*)?(?:\([a-z]\)\s*)?(?:of|to|under|in)\s+(?:(?:Schedule|Part|Chapter|Article|Regulation)\s+\w+|(?:the\s+|that\s+)?(?:\(?[A-Z][\w'’()-]*\s+)*(?:Act|Measure|Regulations|Order|Code|Constitution|Rules|Orders|Procedure Rules)\b))");
    static const text::Pattern implications(R"(^\s*implications\b)", true);
    static const text::Pattern part_before(R"(\bPart\s+\d+\s*(?:\(\s*[a-z]\s*\)|[a-z])?\s*,?\s*$)");
    std::string after = text_beside(document, ref, true, 120);
    std::string before = text_beside(document, ref, false, 40);
    return named_after.contains(after) || implications.contains(after) ||
           part_before.contains(before);
}

} // namespace clerk::check

// Regular expressions for the stages that read prose, on RE2: linear time in the length of
// the text, no recursion (so a 58 KB list item cannot exhaust the stack), and no look-around.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace clerk::text {

/// One match of a pattern: the whole match (group 0) and its groups, as views into the text.
struct PatternMatch {
    std::string_view text;                ///< the text searched
    std::vector<std::string_view> groups; ///< group 0 is the whole match

    /// True when group `g` took part in the match.
    bool matched(std::size_t g) const { return g < groups.size() && groups[g].data() != nullptr; }
    /// Offset of group `g` in the text (its end when it did not match).
    std::size_t begin(std::size_t g = 0) const;
    std::size_t end(std::size_t g = 0) const { return begin(g) + groups[g].size(); }
    std::size_t length(std::size_t g = 0) const { return groups[g].size(); }
    /// Group `g` as a string ("" when it did not take part).
    std::string str(std::size_t g = 0) const { return std::string(groups[g]); }
};

/// A compiled pattern (RE2 syntax).
class Pattern {
  public:
    /// Compiles `pattern`; a pattern that does not compile is a programming error and throws.
    explicit Pattern(std::string_view pattern, bool ignore_case = false);
    ~Pattern();
    Pattern(const Pattern&) = delete;
    Pattern& operator=(const Pattern&) = delete;

    /// The first match starting at or after `from`; `\b` and `^` see the text before it.
    bool search(std::string_view text, PatternMatch& match, std::size_t from = 0) const;
    /// True when the pattern matches somewhere in the text.
    bool contains(std::string_view text) const;
    /// True when the pattern matches the whole text.
    bool full_match(std::string_view text, PatternMatch* match = nullptr) const;
    /// Every non-overlapping match, left to right.
    std::vector<PatternMatch> all(std::string_view text) const;

  private:
    std::unique_ptr<re2::RE2> re_;
};

} // namespace clerk::text

#include "text/pattern.hpp"

#include <re2/re2.h>
#include <stdexcept>

namespace clerk::text {

namespace {

re2::RE2::Options options(bool ignore_case) {
    re2::RE2::Options o;
    o.set_case_sensitive(!ignore_case);
    o.set_log_errors(false);
    return o;
}

bool run(const re2::RE2& re, std::string_view text, std::size_t from, re2::RE2::Anchor anchor,
         PatternMatch& match) {
    int groups = re.NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(groups));
    re2::StringPiece subject(text.data(), text.size());
    if (!re.Match(subject, from, text.size(), anchor, pieces.data(), groups)) return false;
    match.text = text;
    match.groups.clear();
    for (const re2::StringPiece& p : pieces)
        match.groups.emplace_back(p.data(), p.size());
    return true;
}

} // namespace

std::size_t PatternMatch::begin(std::size_t g) const {
    if (!matched(g))
        return matched(0) ? static_cast<std::size_t>(groups[0].data() - text.data()) : 0;
    return static_cast<std::size_t>(groups[g].data() - text.data());
}

Pattern::Pattern(std::string_view pattern, bool ignore_case)
    : re_(std::make_unique<re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()),
                                     options(ignore_case))) {
    if (!re_->ok()) throw std::logic_error("bad pattern: " + re_->error());
}

Pattern::~Pattern() = default;

bool Pattern::search(std::string_view text, PatternMatch& match, std::size_t from) const {
    if (from > text.size()) return false;
    return run(*re_, text, from, re2::RE2::UNANCHORED, match);
}

bool Pattern::contains(std::string_view text) const {
    return re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

bool Pattern::full_match(std::string_view text, PatternMatch* match) const {
    PatternMatch ignored;
    return run(*re_, text, 0, re2::RE2::ANCHOR_BOTH, match ? *match : ignored);
}

std::vector<PatternMatch> Pattern::all(std::string_view text) const {
    std::vector<PatternMatch> out;
    std::size_t from = 0;
    PatternMatch m;
    while (from <= text.size() && search(text, m, from)) {
        std::size_t end = m.end(0);
        from = end > m.begin(0) ? end : end + 1; // an empty match moves on by one
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace clerk::text

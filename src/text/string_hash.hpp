// A hash for unordered containers keyed by std::string and looked up by std::string_view, so
// that a lookup does not build a string.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace clerk::text {

/// Use with std::equal_to<> as the key equality.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        return std::hash<std::string_view>{}(s);
    }
};

} // namespace clerk::text

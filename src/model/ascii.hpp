// ASCII case folding for comparing names, keys and URL schemes (never for prose, whose
// letters may be outside ASCII).
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace clerk {

/// `text` with ASCII letters in lower case; other bytes unchanged.
inline std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace clerk

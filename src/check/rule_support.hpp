// Small helpers for rules whose logic lives in another stage.
#pragma once

#include "model/diagnostic.hpp"

#include <vector>

namespace clerk::check {

/// Moves `found` onto the end of `out`.
inline void append(std::vector<Diagnostic>& out, std::vector<Diagnostic> found) {
    for (Diagnostic& d : found)
        out.push_back(std::move(d));
}

} // namespace clerk::check

// The YAML front matter of a Markdown document, written with yaml-cpp's emitter so that any
// key or value (a key "odd: key", a title starting with '[') reads back as it was.
#pragma once

#include "model/metadata.hpp"

#include <string>

namespace clerk {

/// The front matter block, from `---` to `---` and a newline, keys in a fixed order.
std::string write_front_matter(const Metadata& meta);

} // namespace clerk

// YAML front matter: the metadata block that opens a Markdown document.
#pragma once

#include <optional>
#include <string>

#include "model/diagnostic.hpp"
#include "model/metadata.hpp"

namespace clerk {

/// Where the front matter is: the byte range of the YAML between the `---` lines and the
/// byte offset where the body starts. `found` is false when the text has no front matter.
struct FrontMatterBlock {
    bool found = false;
    std::size_t yaml_begin = 0;
    std::size_t yaml_end = 0;
    std::size_t body_begin = 0;
    std::uint32_t first_line = 1; ///< line of the opening `---`
};

/// Finds a front-matter block at the start of `text`; an opening `---` without a closing
/// one is an error.
std::optional<FrontMatterBlock> find_front_matter(const std::string& text, const std::string& path,
                                                  Diagnostic& error);

/// Parses YAML into metadata; the line numbers in errors are those of the file.
std::optional<Metadata> parse_front_matter(const std::string& yaml, std::uint32_t first_yaml_line,
                                           const std::string& path, Diagnostic& error);

} // namespace clerk

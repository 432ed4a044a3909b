// The bounds Clerk puts on its input, in one place: every refusal names the limit it hit.
// Each is far above what a council document needs (the bundled protocol is 100 KB, nests
// lists five deep and has 176 units) and low enough that time and memory stay in
// proportion to the input.
#pragma once

#include <cstddef>
#include <string_view>

namespace clerk::limits {

/// Largest Markdown document read, in bytes.
inline constexpr std::size_t kMarkdownBytes = 16u << 20;
/// Largest Akoma Ntoso XML document read, in bytes (XML spells the same text out longer).
inline constexpr std::size_t kXmlBytes = 32u << 20;
/// Largest YAML file read: configuration, reference data, template wording.
inline constexpr std::size_t kYamlBytes = 4u << 20;
/// Longest line of a Markdown document, in bytes.
inline constexpr std::size_t kLineBytes = 1u << 20;
/// Deepest nesting of blocks and inlines (lists in lists, quotes, emphasis) in Markdown, and
/// of elements in XML.
inline constexpr std::size_t kNestingDepth = 100;
/// Most values (scalars, lists and mappings, each alias counted again) front matter expands to.
inline constexpr std::size_t kFrontMatterValues = 10000;

/// The size limit for a document read by the named reader ("markdown", "akn").
constexpr std::size_t document_bytes(std::string_view reader) {
    return reader == "akn" ? kXmlBytes : kMarkdownBytes;
}

} // namespace clerk::limits

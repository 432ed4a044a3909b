// The parts of the Akoma Ntoso reader: element names, metadata, blocks and inlines.
#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::xml::detail {

/// What every part of the reader shares: the source, the namespace prefixes in use and
/// the diagnostics collected so far.
struct ReadContext {
    const SourceText& source;
    std::string akn_prefix;   ///< "" when Akoma Ntoso is the default namespace, else "akn:"
    std::string clerk_prefix; ///< "clerk:" or whatever prefix names Clerk's namespace
    std::vector<Diagnostic>& diagnostics;

    /// The element's name without the Akoma Ntoso prefix.
    std::string_view local(pugi::xml_node node) const;
    /// An attribute in Clerk's namespace ("" when absent).
    const char* clerk_attribute(pugi::xml_node node, const char* name) const;
    /// True when the node carries a Clerk attribute of that name.
    bool has_clerk_attribute(pugi::xml_node node, const char* name) const;
    /// Where a node is.
    SourcePos pos(pugi::xml_node node) const;
    /// Records a warning about an element kept as text.
    void unknown(pugi::xml_node node, std::string_view context);
};

/// The metadata from <meta> (the front matter in Clerk's namespace when present, else
/// FRBR identification and the preface's title block).
Metadata read_metadata(const ReadContext& context, pugi::xml_node doc);

/// The blocks of a block container (<content>, <intro>, <item>, <td> ...), in order.
std::vector<Block> read_blocks(ReadContext& context, pugi::xml_node container);

/// One block element as blocks (usually one; containers of other blocks give several).
void read_block(ReadContext& context, pugi::xml_node element, std::vector<Block>& out);

/// The inline content of an element: text, <i>, <b>, <a>, <eol/> ...; references, terms and
/// definitions become their text.
std::vector<Inline> read_inlines(ReadContext& context, pugi::xml_node element);

/// The text of an element and its descendants as written (no whitespace folding).
std::string raw_text(pugi::xml_node element);

/// The first <def> below an element, or an empty node.
pugi::xml_node find_definition(const ReadContext& context, pugi::xml_node element);

} // namespace clerk::xml::detail

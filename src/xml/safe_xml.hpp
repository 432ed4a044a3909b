// Parsing XML safely: no DTD, no entities beyond the five predefined ones and character
// references, no network and no file other than the document. A document with a DOCTYPE
// is refused outright, since its only uses in Akoma Ntoso would be entity tricks
// (expansion bombs, external entities that read other files).
#pragma once

#include "model/diagnostic.hpp"
#include "model/source.hpp"

#include <optional>
#include <pugixml.hpp>

namespace clerk::xml {

/// An error at `pos` of `source`.
Diagnostic xml_error(const SourceText& source, SourcePos pos, std::string code, std::string message,
                     std::string suggestion = "");

/// Parses `source` into `doc` keeping whitespace in mixed content; returns an error
/// diagnostic when the text is not well-formed XML or declares a DOCTYPE.
std::optional<Diagnostic> parse_xml_safely(const SourceText& source, pugi::xml_document& doc);

/// The position in `source` of a node parsed from it.
SourcePos node_position(const SourceText& source, pugi::xml_node node);

/// The position of byte `index` of a text node's decoded value, mapping entity and
/// character references and CR LF line ends back to the bytes they were written as.
SourcePos text_position(const SourceText& source, pugi::xml_node text_node, std::size_t index);

} // namespace clerk::xml

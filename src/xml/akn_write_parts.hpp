// The parts of the Akoma Ntoso writer: <meta>, the preface and the content of units.
#pragma once

#include "model/document.hpp"
#include "xml/akn_names.hpp"
#include "xml/akn_writer.hpp"
#include "xml/xml_out.hpp"

#include <string>
#include <vector>

namespace clerk::xml::detail {

/// A defined term and the eId of its TLCTerm.
struct TermEntry {
    std::string term;
    std::string eid;
};

/// Everything the parts of the writer share.
struct WriteContext {
    const Document& doc;
    std::vector<AknUnitName> names;  ///< per unit
    std::vector<TermEntry> terms;    ///< defined terms in document order
    std::vector<TermEntry> matching; ///< the same, longest first (for finding uses)
    std::vector<std::vector<const AknReference*>> references; ///< per unit, in order
};

/// The eId of the unit with this Clerk ID, or empty.
std::string eid_of_unit(const WriteContext& context, const std::string& id);

/// Writes <meta>: identification, lifecycle, references and the front matter as written.
void write_meta(XmlOut& out, const WriteContext& context);

/// Writes the title block of <preface> (title, council, part, status, date, meeting).
void write_title_block(XmlOut& out, const Metadata& meta);

/// Writes blocks and inlines, marking up defined terms, definitions and references.
class ContentWriter {
  public:
    ContentWriter(XmlOut& out, const WriteContext& context, UnitIndex unit);

    /// Writes the blocks of the unit (or of a nested container).
    void blocks(const std::vector<Block>& blocks);
    /// True when the unit's definition will be marked with <def> in its opening paragraph.
    bool definition_placeable() const;

  private:
    void block(const Block& block);
    void inlines(const std::vector<Inline>& inlines, bool markup);
    void text(const std::string& text, bool markup);

    XmlOut& out_;
    const WriteContext& context_;
    UnitIndex unit_;
    std::string pending_definition_;           // the term still to wrap in <def>
    std::vector<const AknReference*> pending_; // references not yet met
};

} // namespace clerk::xml::detail

// A unit's inlines as rich text for pango: emphasis, strong and code as faces; internal
// references linked to their clause's destination; defined terms linked to their definition
// (the first use in each section, as on the HTML page); Markdown links with safe targets.
#pragma once

#include "link/links.hpp"
#include "pdf/text_block.hpp"
#include "render/inline_walk.hpp"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace clerk::pdf {

/// The cairo link attributes a reference target leads to, or "" when it leads nowhere.
using TargetLink = render::TargetLink;

/// A string value in cairo's attribute syntax: single-quoted, ' and \ escaped.
std::string cairo_quoted(std::string_view text);
/// A cairo link attribute string for a named destination: "dest='clause-5.7'".
std::string dest_link(std::string_view name);
/// A cairo link attribute string for a URI.
std::string uri_link(std::string_view uri);
/// A cairo link attribute string for a named destination in another PDF file beside this one
/// ("protocol-v2.0-draft.pdf", "clause-5.7"); the finished file has a GoToR action for it.
std::string file_link(std::string_view file, std::string_view dest);

/// Turns a document's inlines into rich text.
class InlineText {
  public:
    /// `anchors` are the document's render::unit_anchors().
    InlineText(const Document& doc, const Links& links, const std::vector<std::string>& anchors,
               TargetLink target_link);

    /// The inlines of unit `unit` (kNoUnit: no references or terms) appended to `out`.
    void append(RichText& out, UnitIndex unit, const std::vector<Inline>& inlines,
                Face base = Face::Regular);
    /// The link to a unit of this document.
    std::string unit_link(UnitIndex unit) const;

  private:
    const std::vector<std::string>& anchors_;
    render::OverlayFinder overlays_;
};

} // namespace clerk::pdf

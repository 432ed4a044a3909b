// The HTML of a unit's content: blocks and inlines, with internal references linked to their
// targets, defined terms linked to their definitions (the definition shown on hover and
// focus), and the "Referred to in" / "Also stated in" lines.
#pragma once

#include "link/links.hpp"
#include "render/html_writer.hpp"
#include "render/inline_walk.hpp"
#include "render/templates.hpp"
#include "render/terms.hpp"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace clerk::render {

/// The href a reference target leads to, or "" when it leads nowhere on the page.
using TargetHref = std::function<std::string(const ReferenceTarget&)>;

/// Renders the content of one document's units.
class ContentRenderer {
  public:
    /// `anchors` are the document's unit_anchors(); `target_href` resolves references.
    ContentRenderer(const Document& doc, const Links& links, const Templates& templates,
                    const std::vector<std::string>& anchors, TargetHref target_href);

    /// The blocks of unit `unit` from `first` on; unnumbered headings at `heading_level`.
    void blocks(HtmlWriter& out, UnitIndex unit, const std::vector<Block>& blocks,
                int heading_level, std::size_t first = 0);
    /// One run of inlines of unit `unit`.
    void inlines(HtmlWriter& out, UnitIndex unit, const std::vector<Inline>& inlines);
    /// The backlinks and parallel provisions of a unit as one line; nothing when it has none.
    void cross_links(HtmlWriter& out, UnitIndex unit);
    /// The href of a unit of this document: "#clause-9.3.5".
    std::string href(UnitIndex unit) const;

  private:
    void block(HtmlWriter& out, UnitIndex unit, const Block& block, int heading_level, bool tight);
    void emit_overlay(HtmlWriter& out, std::string_view text, const Overlay& overlay);

    const Document& doc_;
    const Links& links_;
    const Templates& templates_;
    const std::vector<std::string>& anchors_;
    OverlayFinder overlays_;
    int tooltips_ = 0;
};

/// The text of raw HTML with its markup removed: tags and comments dropped, the contents of
/// script and style elements dropped, whitespace collapsed.
std::string strip_markup(std::string_view html);

} // namespace clerk::render

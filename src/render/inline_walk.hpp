// One walk over a run of inlines for every writer (the HTML page and the PDF): where the run's
// internal references and defined terms fall in its plain text, and a visit of its inlines in
// order that splits the text at them, drops raw markup (and the words of script and style
// elements) and keeps links out of links.
#pragma once

#include "link/links.hpp"
#include "render/terms.hpp"

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::render {

/// A stretch of a run's plain text that leads somewhere: a reference to a unit, a use of a
/// defined term, or the term's defining instance.
struct Overlay {
    enum class Kind { Reference, Term, Definition };
    std::size_t begin = 0, end = 0;
    Kind kind = Kind::Reference;
    std::string link;               ///< Reference: what the writer's target link gave
    std::size_t term = 0;           ///< Term and Definition: index into the finder's terms()
    UnitIndex defined_in = kNoUnit; ///< Term: the unit holding the definition
};

/// The link a writer gives a reference target ("" when it leads nowhere).
using TargetLink = std::function<std::string(const ReferenceTarget&)>;

/// Finds the overlays of a document's runs: each internal reference at its span, and each
/// defined term at its first use in a section (so that a page is not a thicket of links to
/// the same few definitions). Runs are asked for in reading order.
class OverlayFinder {
  public:
    OverlayFinder(const Document& doc, const Links& links, TargetLink target_link);

    /// The overlays of one run of unit `unit`, sorted by where they begin.
    std::vector<Overlay> find(UnitIndex unit, const std::vector<Inline>& inlines);
    const std::vector<TermEntry>& terms() const { return terms_; }

  private:
    const Document& doc_;
    const Links& links_;
    TargetLink target_link_;
    std::vector<TermEntry> terms_;
    std::vector<std::vector<int>> references_of_;     ///< per unit: references written in it
    std::vector<std::set<std::size_t>> terms_linked_; ///< per section: terms already linked
};

/// What a walk over a run meets, in order.
class InlineVisitor {
  public:
    virtual ~InlineVisitor() = default;
    /// Words outside any overlay; `code` for a code span.
    virtual void text(std::string_view words, bool code) = 0;
    /// The words of an overlay (a reference that crosses markup comes piece by piece).
    virtual void overlay(std::string_view words, const Overlay& overlay) = 0;
    /// A soft break (a space) or a hard line break.
    virtual void line_break(bool hard) = 0;
    /// Emphasis, strong, or a link with a safe target that is not inside another link.
    virtual void open(const Inline& in) = 0;
    virtual void close(const Inline& in) = 0;
};

/// Walks a run: its text split at `overlays` (none inside a link or a code span; a term only
/// when one text holds all of it), raw HTML dropped with the words of script and style
/// elements, unsafe or nested links as their words alone.
void walk_inlines(const std::vector<Inline>& inlines, const std::vector<Overlay>& overlays,
                  InlineVisitor& visitor);

/// True when raw HTML `html` starts with the tag `name` ("<script", "<script>", not
/// "<scripts").
bool starts_with_tag(std::string_view html, std::string_view name);

} // namespace clerk::render

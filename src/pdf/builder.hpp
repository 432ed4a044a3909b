// Building the flow: the pieces every document has (title block, version banner, contents,
// document control, Markdown blocks as paragraphs, lists and tables) and the text styles
// they are set in. The protocol and action plan builders use it.
#pragma once

#include "pdf/flow.hpp"
#include "pdf/inline_text.hpp"
#include "pdf/render_pdf.hpp"

#include <map>
#include <string>
#include <vector>

namespace clerk::pdf {

/// Points between a table cell's edge and its text.
inline constexpr double kCellPadding = 4;

/// The text styles of a page, from the PDF style.
enum class Role { Body, Small, Muted, Title, Council, H1, H2, H3, Table, TableHead, Mono };

/// One entry of the contents list.
struct ContentsEntry {
    std::string label; ///< "5." or ""
    std::string title;
    std::string destination; ///< named destination of the heading
    int depth = 0;           ///< 0 for top-level sections
};

/// Builds a flow at a content width.
class FlowBuilder {
  public:
    FlowBuilder(const PdfStyle& style, const TextContext& context, double content_width);

    const PdfStyle& style() const { return style_; }
    double width() const { return width_; }
    Flow& flow() { return flow_; }
    TextStyle text_style(Role role) const;
    TextBlock block(RichText text, Role role, double width) const;
    TextBlock block(std::string_view text, Role role, double width) const;
    /// A label (a clause number, a list's bullet or number) for the hanging column. It ends
    /// in a space, which draws nothing, so that text extracted from the page (and from the
    /// structure tree, where Lbl and LBody are joined without a gap) reads "9.3.5 Councillors"
    /// rather than running the number into the text.
    TextBlock label_block(std::string_view text, Role role, double width) const;
    /// The wording for a key (wording.yaml).
    std::string word(std::string_view key) const;

    /// The title block and version banner from the metadata.
    void title_block(const Document& doc);
    /// The contents list; page numbers filled in from `pages` (name -> printed number).
    void contents(const std::vector<ContentsEntry>& entries,
                  const std::map<std::string, std::string>& pages, bool with_control);
    /// The document-control table from the front matter's history.
    void document_control(const Document& doc);

    /// Markdown blocks of a unit, from `first`, with the body's left edge at `x`.
    void blocks(InlineText& inlines, UnitIndex unit, const std::vector<Block>& list, double x,
                int heading_level, std::size_t first = 0);
    /// A table from a Markdown table block.
    void table(InlineText& inlines, UnitIndex unit, const Block& block, double x);

    /// The metadata as mustache data (for the banner and the furniture).
    std::string fill(const std::string& tmpl, const Document& doc,
                     const std::map<std::string, std::string>& more = {}) const;
    /// The status's label ("Draft") and banner wording.
    std::string status_word(const std::string& status, const char* what) const;

  private:
    /// A heading of the document's own furniture (contents, document control): H2, kept with
    /// what follows, a destination and a top-level bookmark.
    void section_heading(const std::string& title, const std::string& destination);
    void list(InlineText& inlines, UnitIndex unit, const Block& block, double x, int level);

    const PdfStyle& style_;
    const TextContext& context_;
    double width_;
    Flow flow_;
};

} // namespace clerk::pdf

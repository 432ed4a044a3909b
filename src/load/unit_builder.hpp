// Builds the unit tree from a stream of headings, paragraphs and other blocks, applying the
// clause conventions of the Markdown form (SPEC 3.1). Readers of flat formats (Markdown,
// imported text) feed it in document order.
#pragma once

#include "load/clause_label.hpp"
#include "load/clause_number.hpp"
#include "model/document.hpp"

#include <map>
#include <vector>

namespace clerk {

class UnitBuilder {
  public:
    explicit UnitBuilder(Document& doc) : doc_(doc) {}

    /// A heading: a numbered one, an appendix or one with `{#id}` opens a unit; any other
    /// heading becomes a Heading block of the current unit.
    void add_heading(std::vector<Inline> inlines, int level, SourceSpan span);
    /// A paragraph: one that opens with a clause number opens a clause, and one that opens
    /// with a clause label ("(a)", "(1)", "(iv)", "a)", "A.") inside a numbered unit opens a
    /// labelled clause (1(a)); any other is content of the current unit.
    void add_paragraph(std::vector<Inline> inlines, SourceSpan span);
    /// Any other block: content of the current unit.
    void add_block(Block block);
    /// Sets unit spans, finds the terms of the definitions unit and indexes IDs.
    void finish();

  private:
    UnitIndex open_unit(Unit unit, UnitIndex parent);
    UnitIndex current_or_preamble(SourcePos pos);
    UnitIndex clause_parent(const std::string& number) const;
    bool add_labelled_clause(std::vector<Inline>& inlines, const LabelMatch& label,
                             SourceSpan span);
    std::optional<NumberMatch> clause_number(const std::string& text) const;
    std::string previous_number() const;
    void find_definitions();

    Document& doc_;
    UnitIndex current_ = kNoUnit;     // where content goes
    std::vector<UnitIndex> headings_; // open heading units, outermost first
    std::map<UnitIndex, std::pair<LabelStyle, std::string>> labels_; // labelled clauses
};

/// Removes the first `bytes` bytes of plain text from inlines, dropping emptied runs and
/// moving source positions on; used to take a clause number off its paragraph.
void strip_leading_text(std::vector<Inline>& inlines, std::size_t bytes);

/// The term a definitions clause defines: bold opening words, or the words before
/// "means", "includes" or "refers to". Empty when the clause defines nothing.
Definition find_defined_term(const std::vector<Inline>& inlines);

} // namespace clerk

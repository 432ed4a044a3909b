// The link stage: every reference in a document's prose, resolved where it is internal, the
// backlinks of every unit, and the parallel provisions (one duty stated in two places).
#pragma once

#include "link/citations.hpp"
#include "model/document.hpp"
#include "model/plain_text.hpp"
#include "text/text_runs.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk {

/// What a reference points at.
enum class ReferenceKind {
    Internal,     ///< a unit of this document: "Section 9.1.14", "Appendix 1"
    Constitution, ///< another part of the Constitution: "Part 3, Schedule 2", "Standing Order 46"
    Legislation,  ///< an Act: "Section 28(1) of the Localism Act 2011"
};

/// One target named by an internal reference ("5.7" of "Sections 5.7 and 9.3.5").
struct ReferenceTarget {
    std::string number;       ///< as written: "5.7", "1" for "Appendix 1"
    std::string id;           ///< the unit ID it means: "5.7", "appendix-1"
    std::string noun;         ///< the word that named it, lower case: "section", "appendix", ""
    UnitIndex unit = kNoUnit; ///< the unit, or kNoUnit when unresolved
    SourceSpan span;          ///< where the number is written
    std::string elsewhere;    ///< the appendix (as named) that has it, when this document has not
};

/// A reference found in prose.
struct Reference {
    ReferenceKind kind = ReferenceKind::Internal;
    std::string text;                                 ///< the words as written
    UnitIndex from = kNoUnit;                         ///< the unit it is written in
    SourceSpan span;                                  ///< the words in the source
    std::vector<ReferenceTarget> targets;             ///< internal references: one per number named
    std::size_t run = 0;                              ///< the run of Links::runs it is written in
    text::Range range;                                ///< the words, as bytes of that run
    std::optional<ActCitation> legislation;           ///< set on legislation references
    std::optional<ConstitutionCitation> constitution; ///< set on constitution references
};

/// Where a parallel provision's text is: a clause's opening paragraph or a list item.
struct ProvisionSide {
    UnitIndex unit = kNoUnit;
    SourcePos pos;    ///< the first word
    std::string text; ///< the provision's plain text
};

/// The same duty stated in two places, found by text similarity.
struct Parallel {
    ProvisionSide a;
    ProvisionSide b;
    double score = 0;                  ///< share of word trigrams in common (0-1)
    std::vector<std::string> matching; ///< the longest run of words both sides share
};

/// Everything the link stage finds in one document.
struct Links {
    std::vector<text::TextRun> runs;         ///< the prose the references were found in
    std::vector<Reference> references;       ///< in document order
    std::vector<std::vector<int>> backlinks; ///< per unit: indexes of references naming it
    std::vector<Parallel> parallels;         ///< sorted by first side's position
    std::vector<std::string> appendices;     ///< the documents (as named) that numbers this one
                                             ///< lacks were looked for in; empty when none

    /// The units whose parallel provisions include `unit`.
    std::vector<UnitIndex> parallels_of(UnitIndex unit) const;
    /// Indexes `parallels` by unit, so that parallels_of takes time in its answer only.
    void index_parallels(std::size_t unit_count);

  private:
    std::vector<std::vector<UnitIndex>> parallel_units_; // per unit; empty until indexed
};

/// Finds the references in one run of plain text; `from` is recorded on each, and `range`
/// gives the bytes of the text.
std::vector<Reference> find_references(const PlainText& text, UnitIndex from);

/// An appendix a covering document (a report, minutes) is resolved against.
struct AppendixDocument {
    const Document* document = nullptr;
    std::string name; ///< as the findings name it: the file's path
};

/// Resolves the internal references of a covering document that name no unit of its own
/// against its appendices, in order: "Section 5.8" to the first appendix with a unit 5.8,
/// "Appendix 2" to the appendix titled "Appendix 2 ...", else to the second of those whose
/// titles carry no label. Records the appendices looked in on `links`.
void resolve_in_appendices(Links& links, const std::vector<AppendixDocument>& appendices);

/// Runs the link stage over a document.
Links link_document(const Document& doc);

/// The references and backlinks alone, without looking for parallel provisions (the costly
/// part), for callers that need only references.
Links link_references(const Document& doc);

/// "internal", "constitution" or "legislation".
std::string_view to_string(ReferenceKind kind);

} // namespace clerk

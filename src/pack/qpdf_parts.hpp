// The pieces of pack assembly that work on PDF objects with libqpdf (internal to the stage).
#pragma once

#include <memory>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <string>
#include <vector>

namespace clerk::pack::detail {

/// Opens PDF bytes held by the caller (they must outlive the result); throws QPDFExc or
/// std::runtime_error when the bytes are not a usable PDF.
std::unique_ptr<QPDF> open_pdf(const std::string& bytes, const std::string& description);

/// Replaces named destinations (in link annotations and outline items) with the explicit
/// page destinations they name, so that documents merged into one file cannot collide.
void resolve_named_destinations(QPDF& pdf);

/// Scales a page's content (and its annotations) so that it stays clear of the stamp bands
/// at the top and bottom of the page, centred across it.
void fit_between_bands(QPDFPageObjectHelper page);

/// Lays a one-page PDF page (the stamp) over `page` as an artifact (not read aloud).
void overlay_stamp(QPDF& out, QPDFPageObjectHelper page, QPDFPageObjectHelper stamp);

/// One bookmark: a title, a destination (an explicit destination array in the output
/// file) and the bookmarks under it.
struct Bookmark {
    std::string title;
    QPDFObjectHandle destination;
    std::vector<Bookmark> children;
    bool open = false;
};

/// The outline of a source file, with its destinations copied into `out` (the source's
/// pages must already be in `out`).
std::vector<Bookmark> read_bookmarks(QPDF& source, QPDF& out);

/// Writes the bookmarks as the output file's outline.
void write_bookmarks(QPDF& out, const std::vector<Bookmark>& roots);

/// Gathers the structure trees (tags) of the sources into one tree for the output file.
class StructureMerger {
  public:
    explicit StructureMerger(QPDF& out);
    /// Adds a source's tree under a new element of type `part` (or its top elements as they
    /// are when `part` is empty); the source's pages must already be in the output.
    void add(QPDF& source, const std::string& part, const std::string& title);
    /// Writes /StructTreeRoot and /MarkInfo when any source was tagged.
    void finish();

  private:
    QPDF& out_;
    QPDFObjectHandle document_; // the /Document element
    QPDFObjectHandle kids_;     // its /K array
    QPDFObjectHandle role_map_;
    std::vector<std::pair<long long, QPDFObjectHandle>> parent_tree_;
    long long next_key_ = 0;
    bool tagged_ = false;
};

/// What the output file says about itself.
struct PackInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string lang;
};

/// Sets /Info, the XMP metadata stream, /Lang, page labels 1..N and viewer preferences.
void write_metadata(QPDF& out, const PackInfo& info);

} // namespace clerk::pack::detail

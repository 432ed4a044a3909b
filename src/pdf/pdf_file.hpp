// Reading the objects of a PDF file with a cross-reference table, as cairo writes them: each
// object found through the table and parsed when first asked for.
#pragma once

#include "pdf/pdf_object.hpp"

#include <memory>
#include <string_view>
#include <vector>

namespace clerk::pdf {

/// One indirect object: its value, and its stream's bytes (still encoded) when it has one.
struct PdfObject {
    PdfValue value;
    bool has_stream = false;
    std::string_view stream;
    std::string_view written; ///< the value's own text in the file
};

class PdfFile {
  public:
    /// Reads the cross-reference table and trailer of `bytes`, which must outlive the reader.
    /// Throws std::runtime_error for a file it cannot read (a cross-reference stream included).
    explicit PdfFile(std::string_view bytes);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;

    const PdfValue& trailer() const { return trailer_; }
    std::string_view version() const { return version_; }
    /// One past the highest object number in the table.
    int size() const { return static_cast<int>(offsets_.size()); }
    bool has(int num) const;
    /// Object `num`, parsed once; a null object when the file has none by that number.
    const PdfObject& object(int num) const;
    /// `value`, or the value it refers to (through any chain of references).
    const PdfValue& resolve(const PdfValue& value) const;

  private:
    std::string_view bytes_;
    std::string_view version_;
    PdfValue trailer_;
    std::vector<std::size_t> offsets_; // 0: no object
    mutable std::vector<std::unique_ptr<PdfObject>> parsed_;
};

/// The page objects of a file, in order (its page tree walked depth first).
std::vector<PdfRef> pdf_pages(const PdfFile& file);

/// A page's attribute, from the page or the page tree above it (§7.7.3.4), or nullptr.
const PdfValue* inherited_attribute(const PdfFile& file, const PdfValue& page,
                                    std::string_view key);

} // namespace clerk::pdf

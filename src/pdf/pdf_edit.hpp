// A PDF file with edits over it: objects changed, objects added (some copied from another
// file under new numbers), and the result written with every object reachable from its
// trailer, the unchanged ones as the file had them.
#pragma once

#include "pdf/pdf_file.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace clerk::pdf {

class EditedPdf {
  public:
    explicit EditedPdf(const PdfFile& file) : file_(file), next_(file.size()) {}

    /// Object `num` as it now stands.
    const PdfValue& value(int num) const;
    /// `v`, or the value it refers to (through any chain of references).
    const PdfValue& resolve(const PdfValue& v) const;
    /// Object `num`, to change (copied from the file the first time).
    PdfValue& edit(int num);
    /// A new object, a stream when `stream` is given: bytes that outlive the edit, or
    /// `owned` bytes the edit keeps.
    PdfRef add(PdfValue v, std::optional<std::string_view> stream = std::nullopt,
               std::string owned = {});
    /// A number for an object given later (by `edit` or `fill`), for objects that refer to
    /// each other.
    PdfRef reserve();
    /// Gives reserved object `r` its value and stream.
    void fill(PdfRef r, PdfValue v, std::string_view stream);

    /// The finished file: every object reachable from `root` and `info` (0: none), each
    /// stream's /Length written directly.
    std::string write(int root, int info) const;

  private:
    struct Added {
        PdfValue value;
        bool has_stream = false;
        std::string_view stream;
        std::string owned;
    };
    bool is_stream(int num) const;

    const PdfFile& file_;
    int next_;
    std::map<int, PdfValue> edited_;
    std::map<int, Added> added_;
};

/// Copies objects of another file into an edited one, each under a new number the first time
/// it is met, so that what several copied objects share (fonts, a form) is copied once.
class PdfImporter {
  public:
    PdfImporter(const PdfFile& from, EditedPdf& into) : from_(from), into_(into) {}
    /// `v` with each object it refers to copied.
    PdfValue copy(const PdfValue& v);

  private:
    PdfRef copy_object(int num);
    PdfValue copy_stream_dict(const PdfValue& dict);

    const PdfFile& from_;
    EditedPdf& into_;
    std::map<int, PdfRef> copied_;
};

} // namespace clerk::pdf

// The words of a PDF as Poppler reads them, passed from the PDF import module
// (clerk-pdf-import.so, loaded only when a PDF is imported, so that no other command pays for
// loading Poppler and its libraries) to the import stage. Both sides are built together from
// this header; the entry point's name carries the layout's version.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace clerk::import {

/// One word as Poppler places it on the page (points, origin at the page's top left).
struct PdfWord {
    std::string text;
    double left = 0, top = 0, right = 0, bottom = 0;
    double size = 0;          ///< type size (the box's height when the font is unknown)
    std::string font;         ///< font name, empty when unknown
    bool space_after = false; ///< Poppler saw a space after the word
};

/// One page's words in reading order.
struct PdfPage {
    double height = 0;
    std::vector<PdfWord> words;
};

/// Everything the importers take from a PDF.
struct PdfWords {
    std::vector<PdfPage> pages;
    std::vector<std::string> bookmarks; ///< top-level bookmark titles, in order
    std::string error;                  ///< set when the PDF cannot be read
    std::string help; ///< what to do about `error`, when it is not the PDF's fault
};

/// The module's entry point: fills `out` from the PDF's bytes; never throws.
using ReadPdfWordsFunction = void (*)(const char* data, std::size_t size, PdfWords* out);
inline constexpr const char* kReadPdfWordsSymbol = "clerk_read_pdf_words_v1";
inline constexpr const char* kPdfImportModule = "clerk-pdf-import.so";

/// The words of a PDF, read by the module (loaded on first use). When the module cannot be
/// found or loaded, `error` and `help` say so.
PdfWords read_pdf_words(const std::string& bytes);

} // namespace clerk::import

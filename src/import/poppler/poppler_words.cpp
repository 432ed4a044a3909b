// The PDF import module (clerk-pdf-import.so): the only code that calls Poppler. Clerk opens
// it with dlopen when a PDF is imported, so Poppler and its libraries (NSS, lcms, OpenJPEG,
// ...) are not loaded by the commands that never read a PDF.
#include "import/pdf_words.hpp"

#include <algorithm>
#include <memory>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-toc.h>

namespace {

using clerk::import::PdfPage;
using clerk::import::PdfWord;
using clerk::import::PdfWords;

std::string utf8(const poppler::ustring& s) {
    poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

void quiet(const std::string&, void*) {}

void read(const char* data, std::size_t size, PdfWords& out) {
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(data, static_cast<int>(size)));
    if (!doc) {
        out.error = "the PDF could not be read (damaged or not a PDF)";
        return;
    }
    if (doc->is_locked()) {
        out.error = "the PDF is protected by a password";
        return;
    }
    if (std::unique_ptr<poppler::toc> toc(doc->create_toc()); toc && toc->root())
        for (poppler::toc_item* item : toc->root()->children())
            out.bookmarks.push_back(utf8(item->title()));
    int pages = doc->pages();
    out.pages.resize(static_cast<std::size_t>(std::max(pages, 0)));
    for (int index = 0; index < pages; ++index) {
        std::unique_ptr<poppler::page> page(doc->create_page(index));
        if (!page) continue;
        PdfPage& into = out.pages[static_cast<std::size_t>(index)];
        into.height = page->page_rect().height();
        for (poppler::text_box& box : page->text_list(poppler::page::text_list_include_font)) {
            PdfWord word;
            word.text = utf8(box.text());
            poppler::rectf r = box.bbox();
            word.left = r.left();
            word.top = r.top();
            word.right = r.right();
            word.bottom = r.bottom();
            word.size = box.has_font_info() ? box.get_font_size() : r.height();
            if (box.has_font_info()) word.font = box.get_font_name();
            word.space_after = box.has_space_after();
            into.words.push_back(std::move(word));
        }
    }
}

} // namespace

extern "C" __attribute__((visibility("default"))) void
clerk_read_pdf_words_v1(const char* data, std::size_t size, PdfWords* out) {
    try {
        read(data, size, *out);
    } catch (const std::exception& e) {
        *out = PdfWords{};
        out->error = std::string("the PDF could not be read: ") + e.what();
    } catch (...) {
        *out = PdfWords{};
        out->error = "the PDF could not be read";
    }
}

#include "pdf/finish.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>

namespace clerk::pdf {

namespace {

// Sets /Alt on every Figure structure element under `node`.
void set_figure_alt(QPDFObjectHandle node, const std::string& alt, int depth = 0) {
    if (depth > 200) return;
    if (node.isArray()) {
        for (int i = 0; i < node.getArrayNItems(); ++i)
            set_figure_alt(node.getArrayItem(i), alt, depth + 1);
        return;
    }
    if (!node.isDictionary()) return;
    QPDFObjectHandle s = node.getKey("/S");
    if (s.isName() && s.getName() == "/Figure" && !node.hasKey("/Alt"))
        node.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(alt));
    if (node.hasKey("/K")) set_figure_alt(node.getKey("/K"), alt, depth + 1);
}

// "protocol-v2.0-draft.pdf#clause-5.7" -> file and destination; false for any other URI
// (one with a scheme, a path, or not a PDF).
bool split_file_link(const std::string& uri, std::string& file, std::string& dest) {
    std::size_t hash = uri.find('#');
    if (hash == std::string::npos || hash < 5) return false;
    file = uri.substr(0, hash);
    dest = uri.substr(hash + 1);
    if (file.find_first_of(":/\\?") != std::string::npos || dest.empty()) return false;
    return file.size() > 4 && file.compare(file.size() - 4, 4, ".pdf") == 0;
}

// Links to a destination in a PDF beside this one become GoToR actions.
void remote_links(QPDFPageObjectHelper& page) {
    for (QPDFAnnotationObjectHelper& annot : page.getAnnotations("/Link")) {
        QPDFObjectHandle action = annot.getObjectHandle().getKey("/A");
        if (!action.isDictionary() || !action.getKey("/URI").isString()) continue;
        std::string file, dest;
        if (!split_file_link(action.getKey("/URI").getUTF8Value(), file, dest)) continue;
        QPDFObjectHandle go = QPDFObjectHandle::newDictionary();
        go.replaceKey("/S", QPDFObjectHandle::newName("/GoToR"));
        go.replaceKey("/F", QPDFObjectHandle::newString(file));
        go.replaceKey("/D", QPDFObjectHandle::newString(dest));
        annot.getObjectHandle().replaceKey("/A", go);
    }
}

} // namespace

std::string finish_pdf(const std::string& content, const std::string& furniture,
                       const FinishOptions& options) {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("content.pdf", content.data(), content.size());
    QPDF furniture_pdf;
    furniture_pdf.setSuppressWarnings(true);
    furniture_pdf.processMemoryFile("furniture.pdf", furniture.data(), furniture.size());

    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    std::vector<QPDFPageObjectHelper> stamps = QPDFPageDocumentHelper(furniture_pdf).getAllPages();
    if (pages.size() != stamps.size())
        throw std::runtime_error("the page furniture does not match the pages");
    for (std::size_t i = 0; i < pages.size(); ++i) {
        remote_links(pages[i]);
        QPDFObjectHandle form = pdf.copyForeignObject(stamps[i].getFormXObjectForPage());
        std::string name = std::string("/ClerkFurniture") + std::to_string(i + 1);
        QPDFObjectHandle page = pages[i].getObjectHandle();
        QPDFObjectHandle resources = page.getKey("/Resources");
        if (!resources.isDictionary()) {
            resources = QPDFObjectHandle::newDictionary();
            page.replaceKey("/Resources", resources);
        }
        // Each page gets its own resource dictionary so that the names do not collide.
        resources = resources.shallowCopy();
        page.replaceKey("/Resources", resources);
        QPDFObjectHandle xobjects = resources.getKey("/XObject");
        xobjects =
            xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
        xobjects.replaceKey(name, form);
        resources.replaceKey("/XObject", xobjects);
        std::string place =
            pages[i].placeFormXObject(form, name, pages[i].getTrimBox().getArrayAsRectangle());
        pages[i].addPageContents(QPDFObjectHandle::newStream(&pdf, "q\n"), true);
        pages[i].addPageContents(
            QPDFObjectHandle::newStream(&pdf, "Q\n/Artifact <</Type /Pagination>> BDC\n" + place +
                                                  "EMC\n"),
            false);
    }

    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(options.language));
    QPDFObjectHandle prefs = QPDFObjectHandle::newDictionary();
    prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", prefs);
    QPDFObjectHandle mark = QPDFObjectHandle::newDictionary();
    mark.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
    root.replaceKey("/MarkInfo", mark);
    if (root.hasKey("/Outlines"))
        root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
    QPDFObjectHandle labels = QPDFObjectHandle::newDictionary();
    QPDFObjectHandle style = QPDFObjectHandle::newDictionary();
    style.replaceKey("/S", QPDFObjectHandle::newName("/D"));
    style.replaceKey("/St", QPDFObjectHandle::newInteger(options.first_page_number));
    QPDFObjectHandle nums = QPDFObjectHandle::newArray();
    nums.appendItem(QPDFObjectHandle::newInteger(0));
    nums.appendItem(style);
    labels.replaceKey("/Nums", nums);
    root.replaceKey("/PageLabels", labels);
    if (!options.figure_alt.empty() && root.hasKey("/StructTreeRoot"))
        set_figure_alt(root.getKey("/StructTreeRoot"), options.figure_alt);
    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    if (info.isDictionary() && !options.keep_dates) {
        info.removeKey("/CreationDate");
        info.removeKey("/ModDate");
    }

    // The fastest deflate level: the object streams it packs are small and repetitive (the
    // structure tree), so the file is barely larger and the write is a good deal quicker.
    Pl_Flate::setCompressionLevel(1);
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setStreamDataMode(qpdf_s_compress);
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

} // namespace clerk::pdf

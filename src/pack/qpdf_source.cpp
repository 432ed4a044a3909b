// Opening source PDFs and making their destinations explicit before they are merged.
#include "pack/qpdf_parts.hpp"

#include <qpdf/QPDFNameTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <stdexcept>

namespace clerk::pack::detail {

std::unique_ptr<QPDF> open_pdf(const std::string& bytes, const std::string& description) {
    auto pdf = std::make_unique<QPDF>();
    pdf->setSuppressWarnings(true);
    pdf->processMemoryFile(description.c_str(), bytes.data(), bytes.size());
    return pdf;
}

namespace {

// The destination a name stands for, through the catalog's /Names /Dests tree or the older
// /Dests dictionary; null when the name is unknown.
QPDFObjectHandle named_destination(QPDF& pdf, QPDFObjectHandle name) {
    QPDFObjectHandle root = pdf.getRoot();
    QPDFObjectHandle found = QPDFObjectHandle::newNull();
    if (name.isString()) {
        QPDFObjectHandle names = root.getKey("/Names");
        if (names.isDictionary() && names.getKey("/Dests").isDictionary()) {
            QPDFNameTreeObjectHelper tree(names.getKey("/Dests"), pdf);
            QPDFObjectHandle value;
            if (tree.findObject(name.getUTF8Value(), value)) found = value;
        }
    } else if (name.isName()) {
        QPDFObjectHandle dests = root.getKey("/Dests");
        if (dests.isDictionary()) found = dests.getKey(name.getName());
    }
    if (found.isDictionary()) found = found.getKey("/D");
    return found.isArray() ? found : QPDFObjectHandle::newNull();
}

// Rewrites the destination held at `holder[key]` when it is a name.
void make_explicit(QPDF& pdf, QPDFObjectHandle holder, const std::string& key) {
    if (!holder.isDictionary() || !holder.hasKey(key)) return;
    QPDFObjectHandle dest = holder.getKey(key);
    if (!dest.isString() && !dest.isName()) return;
    QPDFObjectHandle resolved = named_destination(pdf, dest);
    if (resolved.isNull())
        holder.removeKey(key);
    else
        holder.replaceKey(key, resolved);
}

void resolve_in(QPDF& pdf, QPDFObjectHandle holder) {
    make_explicit(pdf, holder, "/Dest");
    QPDFObjectHandle action = holder.getKey("/A");
    if (action.isDictionary() && action.getKey("/S").isName() &&
        action.getKey("/S").getName() == "/GoTo")
        make_explicit(pdf, action, "/D");
}

void resolve_outline(QPDF& pdf, QPDFObjectHandle item, int depth) {
    // Depth and sibling limits keep a malformed (cyclic) outline from looping.
    for (int n = 0; item.isDictionary() && n < 10000 && depth < 64; ++n) {
        resolve_in(pdf, item);
        resolve_outline(pdf, item.getKey("/First"), depth + 1);
        item = item.getKey("/Next");
    }
}

} // namespace

void resolve_named_destinations(QPDF& pdf) {
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
        if (!annots.isArray()) continue;
        for (QPDFObjectHandle annot : annots.aitems())
            if (annot.isDictionary()) resolve_in(pdf, annot);
    }
    QPDFObjectHandle outlines = pdf.getRoot().getKey("/Outlines");
    if (outlines.isDictionary()) resolve_outline(pdf, outlines.getKey("/First"), 0);
}

} // namespace clerk::pack::detail

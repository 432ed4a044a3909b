// Fitting imported pages between the stamp bands and laying the stamps over every page.
#include "pack/qpdf_parts.hpp"
#include "pack/sheets.hpp"

#include <fmt/format.h>
#include <qpdf/QPDFMatrix.hh>

namespace clerk::pack::detail {

namespace {

// The visible area of a page: its crop box, else its media box.
QPDFObjectHandle::Rectangle visible_box(QPDFPageObjectHelper& page) {
    return page.getCropBox(false, false).getArrayAsRectangle();
}

std::string number(double v) {
    return fmt::format("{:.4f}", v);
}

// Gives the page its own direct /Resources and /XObject dictionaries, so that adding a name
// to them cannot change another page sharing the same dictionaries.
QPDFObjectHandle own_xobjects(QPDFPageObjectHelper& page) {
    QPDFObjectHandle dict = page.getObjectHandle();
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    resources =
        resources.isDictionary() ? resources.shallowCopy() : QPDFObjectHandle::newDictionary();
    dict.replaceKey("/Resources", resources);
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
    resources.replaceKey("/XObject", xobjects);
    return resources;
}

} // namespace

void fit_between_bands(QPDFPageObjectHelper page) {
    QPDFObjectHandle::Rectangle box = visible_box(page);
    double width = box.urx - box.llx, height = box.ury - box.lly;
    if (width <= 0 || height <= kTopBand + kBottomBand) return;
    double scale = (height - kTopBand - kBottomBand) / height;
    QPDFMatrix m(scale, 0, 0, scale, box.llx + (width - width * scale) / 2 - scale * box.llx,
                 box.lly + kBottomBand - scale * box.lly);
    // The original content runs inside its own saved state, so an unbalanced stream cannot
    // leak its state onto the stamps.
    QPDF& pdf = *page.getObjectHandle().getOwningQPDF();
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, "q " + m.unparse() + " cm\n"), true);
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, "\nQ\n"), false);
    QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) return;
    for (QPDFObjectHandle annot : annots.aitems()) {
        if (!annot.isDictionary()) continue;
        QPDFObjectHandle rect = annot.getKey("/Rect");
        if (rect.isRectangle())
            annot.replaceKey("/Rect", QPDFObjectHandle::newFromRectangle(
                                          m.transformRectangle(rect.getArrayAsRectangle())));
        QPDFObjectHandle quads = annot.getKey("/QuadPoints");
        if (quads.isArray() && quads.getArrayNItems() % 2 == 0) {
            std::vector<QPDFObjectHandle> moved;
            for (int i = 0; i + 1 < quads.getArrayNItems(); i += 2) {
                double x = 0, y = 0;
                if (!quads.getArrayItem(i).getValueAsNumber(x) ||
                    !quads.getArrayItem(i + 1).getValueAsNumber(y))
                    break;
                double tx = 0, ty = 0;
                m.transform(x, y, tx, ty);
                moved.push_back(QPDFObjectHandle::newReal(tx, 4));
                moved.push_back(QPDFObjectHandle::newReal(ty, 4));
            }
            if (static_cast<int>(moved.size()) == quads.getArrayNItems())
                annot.replaceKey("/QuadPoints", QPDFObjectHandle::newArray(moved));
        }
    }
}

void overlay_stamp(QPDF& out, QPDFPageObjectHelper page, QPDFPageObjectHelper stamp) {
    QPDFObjectHandle form = out.copyForeignObject(stamp.getFormXObjectForPage());
    QPDFObjectHandle resources = own_xobjects(page);
    int suffix = 0;
    std::string name = resources.getUniqueResourceName("/ClerkStamp", suffix);
    resources.getKey("/XObject").replaceKey(name, form);
    QPDFObjectHandle::Rectangle box = visible_box(page);
    std::string content =
        fmt::format("q\n/Artifact <</Type /Pagination>> BDC\n1 0 0 1 {} {} cm\n{} Do\nEMC\nQ\n",
                    number(box.llx), number(box.lly), name);
    page.addPageContents(QPDFObjectHandle::newStream(&out, "q\n"), true);
    page.addPageContents(QPDFObjectHandle::newStream(&out, "\nQ\n" + content), false);
}

} // namespace clerk::pack::detail

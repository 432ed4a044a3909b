#include "pdf/finish.hpp"

#include <map>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>
#include <vector>

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

bool is_structure_element(QPDFObjectHandle node) {
    return node.isDictionary() && node.getKey("/S").isName();
}

bool has_type(QPDFObjectHandle element, const std::string& type) {
    return element.getKey("/S").getName() == type;
}

// The kids of a structure element as a list (its /K is one object or an array of them).
std::vector<QPDFObjectHandle> kids_of(QPDFObjectHandle element) {
    std::vector<QPDFObjectHandle> out;
    QPDFObjectHandle k = element.getKey("/K");
    if (k.isArray()) {
        for (int i = 0; i < k.getArrayNItems(); ++i)
            out.push_back(k.getArrayItem(i));
    } else if (!k.isNull()) {
        out.push_back(k);
    }
    return out;
}

std::vector<QPDFObjectHandle> element_kids(QPDFObjectHandle element) {
    std::vector<QPDFObjectHandle> out;
    for (QPDFObjectHandle k : kids_of(element))
        if (is_structure_element(k)) out.push_back(k);
    return out;
}

// Whether `part`, the first element of a cell's part on a later page, continues `last`, the
// cell's last element so far: a list the page break cut, an item whose label was on the
// earlier page (a new item always draws its label), or that item's body.
bool continues(QPDFObjectHandle last, QPDFObjectHandle part) {
    if (!is_structure_element(last) || !is_structure_element(part)) return false;
    std::string type = part.getKey("/S").getName();
    if (type != last.getKey("/S").getName()) return false;
    if (type == "/L" || type == "/LBody") return true;
    if (type != "/LI") return false;
    std::vector<QPDFObjectHandle> kids = element_kids(part);
    return kids.empty() || !has_type(kids.front(), "/Lbl");
}

// Moves the content of `from` (a cell's part on a later page) to the end of `into`, joining
// what continues. A bare MCID means "on the element's own page" (/Pg), so each moved one
// becomes a marked-content reference that names its page.
void append_content(QPDFObjectHandle into, QPDFObjectHandle from,
                    std::map<QPDFObjGen, QPDFObjectHandle>& merged, int depth = 0) {
    std::vector<QPDFObjectHandle> kids = kids_of(into), moving = kids_of(from);
    std::size_t start = 0;
    if (depth < 50 && !kids.empty() && !moving.empty() && continues(kids.back(), moving.front())) {
        append_content(kids.back(), moving.front(), merged, depth + 1);
        if (moving.front().isIndirect()) merged[moving.front().getObjGen()] = kids.back();
        start = 1;
    }
    QPDFObjectHandle page = from.getKey("/Pg");
    for (std::size_t i = start; i < moving.size(); ++i) {
        QPDFObjectHandle k = moving[i];
        if (k.isInteger()) {
            QPDFObjectHandle reference = QPDFObjectHandle::newDictionary();
            reference.replaceKey("/Type", QPDFObjectHandle::newName("/MCR"));
            reference.replaceKey("/Pg", page);
            reference.replaceKey("/MCID", k);
            kids.push_back(reference);
            continue;
        }
        if (is_structure_element(k)) k.replaceKey("/P", into);
        kids.push_back(k);
    }
    into.replaceKey("/K", QPDFObjectHandle::newArray(kids));
}

// Merges every continued row part under `element` into the row before it; `merged` records
// which element now stands for each removed one.
void merge_continued_rows(QPDFObjectHandle element, std::map<QPDFObjGen, QPDFObjectHandle>& merged,
                          int depth = 0) {
    if (depth > 200) return;
    std::vector<QPDFObjectHandle> kids = kids_of(element), kept;
    QPDFObjectHandle row; // the last whole row seen among the kids
    bool changed = false;
    for (QPDFObjectHandle kid : kids) {
        if (!is_structure_element(kid)) {
            kept.push_back(kid);
            continue;
        }
        if (has_type(kid, std::string("/") + kContinuedRowTag)) {
            if (row.isInitialized()) {
                std::vector<QPDFObjectHandle> cells = element_kids(row), parts = element_kids(kid);
                for (std::size_t i = 0; i < parts.size(); ++i) {
                    if (i < cells.size()) {
                        append_content(cells[i], parts[i], merged);
                        merged[parts[i].getObjGen()] = cells[i];
                    } else {
                        parts[i].replaceKey("/P", row);
                        std::vector<QPDFObjectHandle> row_kids = kids_of(row);
                        row_kids.push_back(parts[i]);
                        row.replaceKey("/K", QPDFObjectHandle::newArray(row_kids));
                    }
                }
                merged[kid.getObjGen()] = row;
                changed = true;
                continue;
            }
            kid.replaceKey("/S", QPDFObjectHandle::newName("/TR")); // nothing to continue
        }
        if (has_type(kid, "/TR")) row = kid;
        merge_continued_rows(kid, merged, depth + 1);
        kept.push_back(kid);
    }
    if (changed) element.replaceKey("/K", QPDFObjectHandle::newArray(kept));
}

// The parent tree maps each page's marked content to its structure element: the merged
// parts' content now belongs to the rows and cells they were merged into.
void repoint_parent_tree(QPDFObjectHandle node,
                         const std::map<QPDFObjGen, QPDFObjectHandle>& merged, int depth = 0) {
    if (depth > 50 || !node.isDictionary()) return;
    auto replacement = [&](QPDFObjectHandle h) -> const QPDFObjectHandle* {
        if (!h.isIndirect()) return nullptr;
        auto it = merged.find(h.getObjGen());
        return it == merged.end() ? nullptr : &it->second;
    };
    QPDFObjectHandle kids = node.getKey("/Kids");
    if (kids.isArray())
        for (int i = 0; i < kids.getArrayNItems(); ++i)
            repoint_parent_tree(kids.getArrayItem(i), merged, depth + 1);
    QPDFObjectHandle nums = node.getKey("/Nums");
    if (!nums.isArray()) return;
    for (int i = 1; i < nums.getArrayNItems(); i += 2) {
        QPDFObjectHandle value = nums.getArrayItem(i);
        if (value.isArray()) {
            for (int j = 0; j < value.getArrayNItems(); ++j)
                if (const QPDFObjectHandle* to = replacement(value.getArrayItem(j)))
                    value.setArrayItem(j, *to);
        } else if (const QPDFObjectHandle* to = replacement(value)) {
            nums.setArrayItem(i, *to);
        }
    }
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
    // The furniture pages are copied together, with the fonts they share.
    QPDFObjectHandle forms = QPDFObjectHandle::newArray();
    for (QPDFPageObjectHelper& stamp : stamps)
        forms.appendItem(stamp.getFormXObjectForPage());
    QPDFObjectHandle copied = pdf.copyForeignObject(furniture_pdf.makeIndirectObject(forms));
    // The streams around each page's own content are shared by the pages that place their
    // furniture alike (all of them, unless the page sizes differ).
    QPDFObjectHandle save = QPDFObjectHandle::newStream(&pdf, "q\n");
    std::map<std::string, QPDFObjectHandle> restores;
    const std::string name = "/ClerkFurniture";
    for (std::size_t i = 0; i < pages.size(); ++i) {
        remote_links(pages[i]);
        QPDFObjectHandle form = copied.getArrayItem(static_cast<int>(i));
        QPDFObjectHandle page = pages[i].getObjectHandle();
        QPDFObjectHandle resources = page.getKey("/Resources");
        // Each page gets its own resource dictionary, so that the name is the page's own.
        resources =
            resources.isDictionary() ? resources.shallowCopy() : QPDFObjectHandle::newDictionary();
        page.replaceKey("/Resources", resources);
        QPDFObjectHandle xobjects = resources.getKey("/XObject");
        xobjects =
            xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
        xobjects.replaceKey(name, form);
        resources.replaceKey("/XObject", xobjects);
        std::string place =
            pages[i].placeFormXObject(form, name, pages[i].getTrimBox().getArrayAsRectangle());
        auto restore = restores.find(place);
        if (restore == restores.end())
            restore = restores
                          .emplace(place, QPDFObjectHandle::newStream(
                                              &pdf, "Q\n/Artifact <</Type /Pagination>> BDC\n" +
                                                        place + "EMC\n"))
                          .first;
        pages[i].addPageContents(save, true);
        pages[i].addPageContents(restore->second, false);
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
    if (QPDFObjectHandle tree = root.getKey("/StructTreeRoot"); tree.isDictionary()) {
        std::map<QPDFObjGen, QPDFObjectHandle> merged;
        merge_continued_rows(tree, merged);
        if (!merged.empty()) repoint_parent_tree(tree.getKey("/ParentTree"), merged);
    }
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

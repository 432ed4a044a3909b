// Bookmarks: reading a source file's outline, writing the pack's.
#include "pack/qpdf_parts.hpp"

namespace clerk::pack::detail {

namespace {

constexpr int kMaxDepth = 16;
constexpr int kMaxSiblings = 5000;

// An explicit destination [page /XYZ left top zoom] copied into `out`, its page mapped to
// the page's copy there.
QPDFObjectHandle copy_destination(QPDF& out, QPDFObjectHandle dest) {
    std::vector<QPDFObjectHandle> items;
    for (QPDFObjectHandle item : dest.aitems())
        items.push_back(item.isIndirect() ? out.copyForeignObject(item) : item);
    return QPDFObjectHandle::newArray(items);
}

std::vector<Bookmark> read_level(QPDF& out, QPDFObjectHandle item, int depth) {
    std::vector<Bookmark> level;
    if (depth >= kMaxDepth) return level;
    for (int n = 0; item.isDictionary() && n < kMaxSiblings; ++n) {
        Bookmark b;
        QPDFObjectHandle title = item.getKey("/Title");
        b.title = title.isString() ? title.getUTF8Value() : "";
        QPDFObjectHandle dest = item.getKey("/Dest");
        QPDFObjectHandle action = item.getKey("/A");
        if (!dest.isArray() && action.isDictionary()) dest = action.getKey("/D");
        // Named destinations were made explicit before the pages were copied; the array's
        // first element is the source page, which maps to its copy in `out`.
        if (dest.isArray() && dest.getArrayNItems() > 0 && dest.getArrayItem(0).isDictionary())
            b.destination = copy_destination(out, dest);
        b.children = read_level(out, item.getKey("/First"), depth + 1);
        if (!b.title.empty() && (b.destination.isInitialized() || !b.children.empty()))
            level.push_back(std::move(b));
        item = item.getKey("/Next");
    }
    return level;
}

QPDFObjectHandle write_level(QPDF& out, const std::vector<Bookmark>& level, QPDFObjectHandle parent,
                             int& visible) {
    QPDFObjectHandle first, previous;
    for (const Bookmark& b : level) {
        QPDFObjectHandle item = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(b.title));
        item.replaceKey("/Parent", parent);
        if (b.destination.isInitialized()) item.replaceKey("/Dest", b.destination);
        ++visible;
        if (!b.children.empty()) {
            int below = 0;
            QPDFObjectHandle kids = write_level(out, b.children, item, below);
            (void)kids;
            item.replaceKey("/Count", QPDFObjectHandle::newInteger(b.open ? below : -below));
            if (b.open) visible += below;
        }
        if (previous.isInitialized()) {
            previous.replaceKey("/Next", item);
            item.replaceKey("/Prev", previous);
        } else {
            first = item;
        }
        previous = item;
    }
    if (first.isInitialized()) {
        parent.replaceKey("/First", first);
        parent.replaceKey("/Last", previous);
    }
    return first;
}

} // namespace

std::vector<Bookmark> read_bookmarks(QPDF& source, QPDF& out) {
    QPDFObjectHandle outlines = source.getRoot().getKey("/Outlines");
    if (!outlines.isDictionary()) return {};
    return read_level(out, outlines.getKey("/First"), 0);
}

void write_bookmarks(QPDF& out, const std::vector<Bookmark>& roots) {
    if (roots.empty()) return;
    QPDFObjectHandle outlines = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    int visible = 0;
    write_level(out, roots, outlines, visible);
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(visible));
    out.getRoot().replaceKey("/Outlines", outlines);
    out.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

} // namespace clerk::pack::detail

// Merging the structure trees (tags) of the pack's sources into one tree.
#include "pack/qpdf_parts.hpp"

#include <algorithm>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace clerk::pack::detail {

namespace {

QPDFObjectHandle name(const char* n) {
    return QPDFObjectHandle::newName(n);
}

bool has_type(QPDFObjectHandle elem, const char* type) {
    QPDFObjectHandle s = elem.getKey("/S");
    return s.isName() && s.getName() == type;
}

// A parent-tree value copied into `out`: one element, or an array of them (one per MCID).
QPDFObjectHandle copy_value(QPDF& out, QPDFObjectHandle value) {
    if (value.isIndirect()) return out.copyForeignObject(value);
    if (value.isArray()) {
        std::vector<QPDFObjectHandle> items;
        for (QPDFObjectHandle item : value.aitems())
            items.push_back(item.isIndirect() ? out.copyForeignObject(item)
                                              : QPDFObjectHandle::newNull());
        return QPDFObjectHandle::newArray(items);
    }
    return QPDFObjectHandle::newNull();
}

} // namespace

StructureMerger::StructureMerger(QPDF& out)
    : out_(out), document_(out.makeIndirectObject(QPDFObjectHandle::newDictionary())),
      kids_(QPDFObjectHandle::newArray()), role_map_(QPDFObjectHandle::newDictionary()) {
    document_.replaceKey("/Type", name("/StructElem"));
    document_.replaceKey("/S", name("/Document"));
}

void StructureMerger::add(QPDF& source, const std::string& part, const std::string& title) {
    QPDFObjectHandle root = source.getRoot().getKey("/StructTreeRoot");
    if (!root.isDictionary()) return;
    tagged_ = true;
    long long offset = next_key_, highest = -1;

    QPDFObjectHandle tree = root.getKey("/ParentTree");
    if (tree.isDictionary()) {
        QPDFNumberTreeObjectHelper numbers(tree, source);
        for (auto [key, value] : numbers) {
            parent_tree_.emplace_back(key + offset, copy_value(out_, value));
            highest = std::max(highest, key);
        }
    }
    QPDFObjectHandle next = root.getKey("/ParentTreeNextKey");
    if (next.isInteger()) highest = std::max(highest, next.getIntValue() - 1);

    // Pages and annotations point into the parent tree by key: move them past the keys of
    // the sources merged before this one.
    auto shift = [&](QPDFObjectHandle holder, const char* key) {
        QPDFObjectHandle k = holder.getKey(key);
        if (k.isInteger())
            holder.replaceKey(key, QPDFObjectHandle::newInteger(k.getIntValue() + offset));
    };
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(source).getAllPages()) {
        QPDFObjectHandle copy = out_.copyForeignObject(page.getObjectHandle());
        shift(copy, "/StructParents");
        copy.replaceKey("/Tabs", name("/S"));
        QPDFObjectHandle annots = copy.getKey("/Annots");
        if (annots.isArray())
            for (QPDFObjectHandle annot : annots.aitems())
                if (annot.isDictionary()) shift(annot, "/StructParent");
    }
    next_key_ = offset + highest + 1;

    QPDFObjectHandle container = document_;
    QPDFObjectHandle container_kids = kids_;
    if (!part.empty()) {
        container = out_.makeIndirectObject(QPDFObjectHandle::newDictionary());
        container.replaceKey("/Type", name("/StructElem"));
        container.replaceKey("/S", QPDFObjectHandle::newName("/" + part));
        container.replaceKey("/P", document_);
        if (!title.empty()) container.replaceKey("/T", QPDFObjectHandle::newUnicodeString(title));
        container_kids = QPDFObjectHandle::newArray();
        container.replaceKey("/K", container_kids);
        kids_.appendItem(container);
    }
    // The source's top elements (its /Document's children, so that documents do not nest).
    std::vector<QPDFObjectHandle> tops;
    QPDFObjectHandle k = root.getKey("/K");
    std::vector<QPDFObjectHandle> roots =
        k.isArray() ? k.getArrayAsVector() : std::vector<QPDFObjectHandle>{k};
    for (QPDFObjectHandle elem : roots) {
        if (!elem.isIndirect() || !elem.isDictionary()) continue;
        if (has_type(elem, "/Document")) {
            QPDFObjectHandle inner = elem.getKey("/K");
            for (QPDFObjectHandle child :
                 inner.isArray() ? inner.getArrayAsVector() : std::vector<QPDFObjectHandle>{inner})
                if (child.isIndirect() && child.isDictionary()) tops.push_back(child);
        } else {
            tops.push_back(elem);
        }
    }
    for (QPDFObjectHandle elem : tops) {
        QPDFObjectHandle copy = out_.copyForeignObject(elem);
        copy.replaceKey("/P", container);
        container_kids.appendItem(copy);
    }
    QPDFObjectHandle roles = root.getKey("/RoleMap");
    if (roles.isDictionary())
        for (auto entry : roles.ditems()) {
            QPDFObjectHandle value = entry.second;
            if (!role_map_.hasKey(entry.first) && value.isName())
                role_map_.replaceKey(entry.first, value);
        }
}

void StructureMerger::finish() {
    if (!tagged_) return;
    QPDFObjectHandle root = out_.makeIndirectObject(QPDFObjectHandle::newDictionary());
    root.replaceKey("/Type", name("/StructTreeRoot"));
    document_.replaceKey("/K", kids_);
    document_.replaceKey("/P", root);
    root.replaceKey("/K", document_);
    std::sort(parent_tree_.begin(), parent_tree_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QPDFObjectHandle nums = QPDFObjectHandle::newArray();
    for (const auto& [key, value] : parent_tree_) {
        nums.appendItem(QPDFObjectHandle::newInteger(key));
        nums.appendItem(value);
    }
    QPDFObjectHandle tree = out_.makeIndirectObject(QPDFObjectHandle::newDictionary());
    tree.replaceKey("/Nums", nums);
    root.replaceKey("/ParentTree", tree);
    root.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(next_key_));
    if (role_map_.getKeys().size() > 0) root.replaceKey("/RoleMap", role_map_);
    out_.getRoot().replaceKey("/StructTreeRoot", root);
    QPDFObjectHandle mark = QPDFObjectHandle::newDictionary();
    mark.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
    out_.getRoot().replaceKey("/MarkInfo", mark);
}

} // namespace clerk::pack::detail

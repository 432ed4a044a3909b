#include "pdf/finish.hpp"

#include "pdf/pdf_edit.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>
#include <vector>

namespace clerk::pdf {

namespace {

using Kind = PdfValue::Kind;

// The name each page's resources give its furniture form.
constexpr const char* kFurniture = "ClerkFurniture";

// The numbers of a box as written, for comparing two files' boxes.
std::vector<std::string> box_numbers(const PdfFile& file, const PdfValue* box) {
    std::vector<std::string> out;
    if (box)
        for (const PdfValue& n : file.resolve(*box).items())
            out.push_back(file.resolve(n).written());
    return out;
}

// A furniture page's one content stream (cairo writes one per page).
const PdfObject& content_stream(const PdfFile& file, const PdfValue& page) {
    const PdfValue* contents = page.get("Contents");
    const PdfValue* ref = contents;
    if (contents && file.resolve(*contents).is(Kind::Array) &&
        file.resolve(*contents).items().size() == 1)
        ref = &file.resolve(*contents).items()[0];
    const PdfObject& stream = file.object(ref && ref->is(Kind::Ref) ? ref->as_ref().num : 0);
    if (!stream.has_stream)
        throw std::runtime_error("a furniture page's content is not one stream");
    return stream;
}

// --- The structure tree -------------------------------------------------------------------

bool is_structure_element(const EditedPdf& f, const PdfValue& node) {
    const PdfValue& d = f.resolve(node);
    const PdfValue* s = d.is(Kind::Dict) ? d.get("S") : nullptr;
    return node.is(Kind::Ref) && s && s->is(Kind::Name);
}

bool has_type(const EditedPdf& f, const PdfValue& element, std::string_view type) {
    const PdfValue* s = f.resolve(element).get("S");
    return s && s->is_name(type);
}

// The kids of a structure element as a list (its /K is one object or an array of them).
std::vector<PdfValue> kids_of(const EditedPdf& f, const PdfValue& element) {
    const PdfValue* k = f.resolve(element).get("K");
    if (!k) return {};
    const PdfValue& kids = f.resolve(*k);
    if (kids.is(Kind::Array)) return kids.items();
    if (kids.is(Kind::Null)) return {};
    return {*k};
}

std::vector<PdfValue> element_kids(const EditedPdf& f, const PdfValue& element) {
    std::vector<PdfValue> out;
    for (const PdfValue& k : kids_of(f, element))
        if (is_structure_element(f, k)) out.push_back(k);
    return out;
}

// Whether `part`, the first element of a cell's part on a later page, continues `last`, the
// cell's last element so far: a list the page break cut, an item whose label was on the
// earlier page (a new item always draws its label), or that item's body.
bool continues(const EditedPdf& f, const PdfValue& last, const PdfValue& part) {
    if (!is_structure_element(f, last) || !is_structure_element(f, part)) return false;
    const std::string& type = f.resolve(part).get("S")->written();
    if (!has_type(f, last, type)) return false;
    if (type == "L" || type == "LBody") return true;
    if (type != "LI") return false;
    std::vector<PdfValue> kids = element_kids(f, part);
    return kids.empty() || !has_type(f, kids.front(), "Lbl");
}

using Merged = std::map<int, PdfRef>; // removed element -> the element that now stands for it

// Moves the content of `from` (a cell's part on a later page) to the end of `into`, joining
// what continues. A bare MCID means "on the element's own page" (/Pg), so each moved one
// becomes a marked-content reference that names its page.
void append_content(EditedPdf& f, const PdfValue& into, const PdfValue& from, Merged& merged,
                    int depth = 0) {
    std::vector<PdfValue> kids = kids_of(f, into), moving = kids_of(f, from);
    std::size_t start = 0;
    if (depth < 50 && !kids.empty() && !moving.empty() &&
        continues(f, kids.back(), moving.front())) {
        append_content(f, kids.back(), moving.front(), merged, depth + 1);
        merged[moving.front().as_ref().num] = kids.back().as_ref();
        start = 1;
    }
    const PdfValue* page = f.resolve(from).get("Pg");
    PdfValue page_ref = page ? *page : PdfValue();
    for (std::size_t i = start; i < moving.size(); ++i) {
        const PdfValue& k = moving[i];
        if (k.is_integer()) {
            PdfValue reference = PdfValue::dict();
            reference.set("Type", PdfValue::name("MCR"));
            reference.set("Pg", page_ref);
            reference.set("MCID", k);
            kids.push_back(reference);
            continue;
        }
        if (is_structure_element(f, k)) f.edit(k.as_ref().num).set("P", into);
        kids.push_back(k);
    }
    f.edit(into.as_ref().num).set("K", PdfValue::array(std::move(kids)));
}

// Merges every continued row part under `element` into the row before it.
void merge_continued_rows(EditedPdf& f, const PdfValue& element, Merged& merged, int depth = 0) {
    if (depth > 200 || !element.is(Kind::Ref)) return;
    std::vector<PdfValue> kids = kids_of(f, element), kept;
    std::optional<PdfValue> row; // the last whole row seen among the kids
    bool changed = false;
    for (const PdfValue& kid : kids) {
        if (!is_structure_element(f, kid)) {
            kept.push_back(kid);
            continue;
        }
        if (has_type(f, kid, kContinuedRowTag)) {
            if (row) {
                std::vector<PdfValue> cells = element_kids(f, *row), parts = element_kids(f, kid);
                for (std::size_t i = 0; i < parts.size(); ++i) {
                    if (i < cells.size()) {
                        append_content(f, cells[i], parts[i], merged);
                        merged[parts[i].as_ref().num] = cells[i].as_ref();
                    } else {
                        f.edit(parts[i].as_ref().num).set("P", *row);
                        std::vector<PdfValue> row_kids = kids_of(f, *row);
                        row_kids.push_back(parts[i]);
                        f.edit(row->as_ref().num).set("K", PdfValue::array(std::move(row_kids)));
                    }
                }
                merged[kid.as_ref().num] = row->as_ref();
                changed = true;
                continue;
            }
            f.edit(kid.as_ref().num).set("S", PdfValue::name("TR")); // nothing to continue
        }
        if (has_type(f, kid, "TR")) row = kid;
        merge_continued_rows(f, kid, merged, depth + 1);
        kept.push_back(kid);
    }
    if (changed) f.edit(element.as_ref().num).set("K", PdfValue::array(std::move(kept)));
}

// The parent tree maps each page's marked content to its structure element: the merged
// parts' content now belongs to the rows and cells they were merged into.
void repoint_parent_tree(EditedPdf& f, const PdfValue& node, const Merged& merged, int depth = 0) {
    if (depth > 50 || !node.is(Kind::Ref) || !f.resolve(node).is(Kind::Dict)) return;
    auto replacement = [&](const PdfValue& h) -> std::optional<PdfValue> {
        if (!h.is(Kind::Ref)) return std::nullopt;
        auto it = merged.find(h.as_ref().num);
        if (it == merged.end()) return std::nullopt;
        return PdfValue::ref(it->second);
    };
    if (const PdfValue* kids = f.resolve(node).get("Kids"))
        for (const PdfValue& kid : std::vector<PdfValue>(f.resolve(*kids).items()))
            repoint_parent_tree(f, kid, merged, depth + 1);
    const PdfValue* nums = f.resolve(node).get("Nums");
    if (!nums) return;
    // The array of numbers and values, as the object that holds it (the node or its own).
    PdfValue& holder = f.edit(nums->is(Kind::Ref) ? nums->as_ref().num : node.as_ref().num);
    PdfValue& list = nums->is(Kind::Ref) ? holder : *holder.get("Nums");
    for (std::size_t i = 1; i < list.items().size(); i += 2) {
        PdfValue& value = list.items()[i];
        if (value.is(Kind::Array)) {
            for (PdfValue& item : value.items())
                if (auto to = replacement(item)) item = *to;
        } else if (value.is(Kind::Ref) && f.resolve(value).is(Kind::Array) &&
                   !merged.count(value.as_ref().num)) {
            PdfValue& array = f.edit(value.as_ref().num);
            for (PdfValue& item : array.items())
                if (auto to = replacement(item)) item = *to;
        } else if (auto to = replacement(value)) {
            value = *to;
        }
    }
}

// Sets /Alt on every Figure structure element under `node`.
void set_figure_alt(EditedPdf& f, const PdfValue& node, const std::string& alt, int depth = 0) {
    if (depth > 200) return;
    const PdfValue& v = f.resolve(node);
    if (v.is(Kind::Array)) {
        for (const PdfValue& item : std::vector<PdfValue>(v.items()))
            set_figure_alt(f, item, alt, depth + 1);
        return;
    }
    if (!v.is(Kind::Dict)) return;
    const PdfValue* s = v.get("S");
    if (s && s->is_name("Figure") && !v.get("Alt") && node.is(Kind::Ref))
        f.edit(node.as_ref().num).set("Alt", PdfValue::text(alt));
    if (const PdfValue* k = f.resolve(node).get("K")) {
        PdfValue kids = *k;
        set_figure_alt(f, kids, alt, depth + 1);
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
void remote_links(EditedPdf& f, const PdfValue& page) {
    const PdfValue* annots = page.get("Annots");
    if (!annots) return;
    for (const PdfValue& annot : std::vector<PdfValue>(f.resolve(*annots).items())) {
        if (!annot.is(Kind::Ref)) continue;
        const PdfValue& dict = f.resolve(annot);
        const PdfValue* subtype = dict.get("Subtype");
        const PdfValue* action = dict.get("A");
        if (!subtype || !subtype->is_name("Link") || !action) continue;
        const PdfValue* uri = f.resolve(*action).get("URI");
        std::string file, dest;
        if (!uri || !split_file_link(uri->string_bytes(), file, dest)) continue;
        PdfValue go = PdfValue::dict();
        go.set("S", PdfValue::name("GoToR"));
        go.set("F", PdfValue::literal(file));
        go.set("D", PdfValue::literal(dest));
        f.edit(annot.as_ref().num).set("A", std::move(go));
    }
}

// Page `page` with the furniture form stamped on it: its own resources (so that the name is
// the page's own) and its content between `save` and `restore`.
void stamp_page(EditedPdf& f, const PdfFile& file, PdfRef page, PdfRef form, const PdfValue& save,
                const PdfValue& restore) {
    PdfValue resources = PdfValue::dict();
    if (const PdfValue* r = inherited_attribute(file, f.value(page.num), "Resources"))
        if (f.resolve(*r).is(Kind::Dict)) resources = f.resolve(*r);
    PdfValue xobjects = PdfValue::dict();
    if (const PdfValue* x = resources.get("XObject"))
        if (f.resolve(*x).is(Kind::Dict)) xobjects = f.resolve(*x);
    xobjects.set(kFurniture, PdfValue::ref(form));
    resources.set("XObject", std::move(xobjects));
    PdfValue& dict = f.edit(page.num);
    PdfValue contents = PdfValue::array({save});
    if (const PdfValue* c = dict.get("Contents")) {
        const PdfValue& resolved = f.resolve(*c);
        if (resolved.is(Kind::Array))
            for (const PdfValue& item : resolved.items())
                contents.items().push_back(item);
        else
            contents.items().push_back(*c);
    }
    contents.items().push_back(restore);
    dict.set("Resources", std::move(resources));
    dict.set("Contents", std::move(contents));
}

} // namespace

std::string finish_pdf(const std::string& content, const std::string& furniture,
                       const FinishOptions& options) {
    PdfFile file(content);
    PdfFile furniture_file(furniture);
    EditedPdf f(file);
    std::vector<PdfRef> pages = pdf_pages(file), stamps = pdf_pages(furniture_file);
    if (pages.size() != stamps.size())
        throw std::runtime_error("the page furniture does not match the pages");

    // Each furniture page becomes a form, drawn over its page as an artifact; what the pages
    // share (fonts, the DRAFT mark) is copied once. Both files were drawn on the same pages,
    // so each form's box is its page's box and it is drawn where it stands.
    PdfImporter importer(furniture_file, f);
    PdfValue save = PdfValue::ref(f.add(PdfValue::dict(), std::nullopt, "q\n"));
    PdfValue restore = PdfValue::ref(f.add(
        PdfValue::dict(), std::nullopt,
        std::string("Q\n/Artifact <</Type /Pagination>> BDC\n/") + kFurniture + " Do\nEMC\n"));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const PdfValue& stamp = furniture_file.object(stamps[i].num).value;
        const PdfValue& page = f.value(pages[i].num);
        const PdfValue* box = inherited_attribute(furniture_file, stamp, "MediaBox");
        if (!box || box_numbers(furniture_file, box) !=
                        box_numbers(file, inherited_attribute(file, page, "MediaBox")))
            throw std::runtime_error("the page furniture does not match the pages");
        const PdfObject& stream = content_stream(furniture_file, stamp);
        PdfValue form = PdfValue::dict();
        form.set("Type", PdfValue::name("XObject"));
        form.set("Subtype", PdfValue::name("Form"));
        form.set("BBox", importer.copy(*box));
        if (const PdfValue* r = inherited_attribute(furniture_file, stamp, "Resources"))
            form.set("Resources", importer.copy(*r));
        if (const PdfValue* g = stamp.get("Group")) form.set("Group", importer.copy(*g));
        for (const char* key : {"Filter", "DecodeParms"})
            if (const PdfValue* v = stream.value.get(key)) form.set(key, importer.copy(*v));
        PdfRef form_ref = f.add(std::move(form), stream.stream);
        remote_links(f, page);
        stamp_page(f, file, pages[i], form_ref, save, restore);
    }

    const PdfValue* root_ref = file.trailer().get("Root");
    int root_num = root_ref->as_ref().num;
    PdfValue& root = f.edit(root_num);
    root.set("Lang", PdfValue::text(options.language));
    PdfValue prefs = PdfValue::dict();
    prefs.set("DisplayDocTitle", PdfValue::boolean(true));
    root.set("ViewerPreferences", prefs);
    PdfValue mark = PdfValue::dict();
    mark.set("Marked", PdfValue::boolean(true));
    root.set("MarkInfo", mark);
    if (root.get("Outlines")) root.set("PageMode", PdfValue::name("UseOutlines"));
    PdfValue style = PdfValue::dict();
    style.set("S", PdfValue::name("D"));
    style.set("St", PdfValue::integer(options.first_page_number));
    PdfValue labels = PdfValue::dict();
    labels.set("Nums", PdfValue::array({PdfValue::integer(0), style}));
    root.set("PageLabels", labels);
    if (const PdfValue* tree = f.value(root_num).get("StructTreeRoot");
        tree && tree->is(Kind::Ref)) {
        PdfValue tree_ref = *tree;
        Merged merged;
        merge_continued_rows(f, tree_ref, merged);
        if (!merged.empty())
            if (const PdfValue* parents = f.resolve(tree_ref).get("ParentTree")) {
                PdfValue parents_ref = *parents;
                repoint_parent_tree(f, parents_ref, merged);
            }
        if (!options.figure_alt.empty()) set_figure_alt(f, tree_ref, options.figure_alt);
    }
    int info_num = 0;
    if (const PdfValue* info = file.trailer().get("Info"); info && info->is(Kind::Ref)) {
        info_num = info->as_ref().num;
        if (!options.keep_dates) {
            PdfValue& dict = f.edit(info_num);
            dict.erase("CreationDate");
            dict.erase("ModDate");
        }
    }
    return f.write(root_num, info_num);
}

} // namespace clerk::pdf

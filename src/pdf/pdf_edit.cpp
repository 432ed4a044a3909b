#include "pdf/pdf_edit.hpp"

#include "pdf/pdf_writer.hpp"

#include <algorithm>
#include <vector>

namespace clerk::pdf {

namespace {

using Kind = PdfValue::Kind;

// The objects `v` refers to, pushed onto `stack`.
void push_references(const PdfValue& v, std::vector<int>& stack) {
    switch (v.kind()) {
    case Kind::Ref:
        stack.push_back(v.as_ref().num);
        break;
    case Kind::Array:
    case Kind::Dict:
        for (const PdfValue& item : v.items())
            push_references(item, stack);
        break;
    default:
        break;
    }
}

} // namespace

const PdfValue& EditedPdf::value(int num) const {
    if (auto it = added_.find(num); it != added_.end()) return it->second.value;
    if (auto it = edited_.find(num); it != edited_.end()) return it->second;
    return file_.object(num).value;
}

const PdfValue& EditedPdf::resolve(const PdfValue& v) const {
    const PdfValue* at = &v;
    for (int hops = 0; at->is(Kind::Ref) && hops < 32; ++hops)
        at = &value(at->as_ref().num);
    return *at;
}

PdfValue& EditedPdf::edit(int num) {
    if (auto it = added_.find(num); it != added_.end()) return it->second.value;
    auto it = edited_.find(num);
    if (it == edited_.end()) it = edited_.emplace(num, file_.object(num).value).first;
    return it->second;
}

PdfRef EditedPdf::add(PdfValue v, std::optional<std::string_view> stream, std::string owned) {
    int num = next_++;
    Added& a = added_[num];
    a.value = std::move(v);
    a.owned = std::move(owned);
    a.has_stream = stream.has_value() || !a.owned.empty();
    a.stream = stream ? *stream : std::string_view(a.owned);
    return {num, 0};
}

PdfRef EditedPdf::reserve() {
    PdfRef r{next_++, 0};
    added_[r.num];
    return r;
}

void EditedPdf::fill(PdfRef r, PdfValue v, std::string_view stream) {
    Added& a = added_[r.num];
    a.value = std::move(v);
    a.has_stream = true;
    a.stream = stream;
}

bool EditedPdf::is_stream(int num) const {
    if (auto it = added_.find(num); it != added_.end()) return it->second.has_stream;
    return file_.object(num).has_stream;
}

std::string EditedPdf::write(int root, int info) const {
    std::vector<char> seen(static_cast<std::size_t>(next_), 0);
    std::vector<int> stack{root};
    if (info > 0) stack.push_back(info);
    std::vector<int> order;
    while (!stack.empty()) {
        int num = stack.back();
        stack.pop_back();
        if (num <= 0 || num >= next_ || seen[static_cast<std::size_t>(num)]) continue;
        seen[static_cast<std::size_t>(num)] = 1;
        if (!added_.count(num) && !file_.has(num)) continue;
        order.push_back(num);
        const PdfValue& v = value(num);
        // A stream's /Length is written directly; the object it pointed to is not needed.
        if (is_stream(num) && v.is(Kind::Dict)) {
            for (std::size_t i = 0; i < v.keys().size(); ++i)
                if (v.keys()[i] != "Length") push_references(v.values()[i], stack);
        } else {
            push_references(v, stack);
        }
    }
    std::sort(order.begin(), order.end());
    std::string_view version = file_.version();
    PdfWriter writer(version >= "1.5" ? version : "1.5"); // object streams came in 1.5
    for (int num : order) {
        std::string_view data;
        if (auto it = added_.find(num); it != added_.end()) {
            data = it->second.stream;
        } else {
            const PdfObject& o = file_.object(num);
            data = o.stream;
            if (!o.has_stream && !edited_.count(num)) {
                writer.add_object(num, std::string(o.written));
                continue;
            }
        }
        std::string text;
        if (is_stream(num)) {
            PdfValue dict = value(num);
            dict.set("Length", PdfValue::integer(static_cast<long long>(data.size())));
            dict.write(text);
            writer.add_stream(num, text, data);
        } else {
            value(num).write(text);
            writer.add_object(num, std::move(text));
        }
    }
    return writer.finish(root, info, next_);
}

PdfValue PdfImporter::copy(const PdfValue& v) {
    switch (v.kind()) {
    case Kind::Ref:
        return PdfValue::ref(copy_object(v.as_ref().num));
    case Kind::Array: {
        PdfValue out = PdfValue::array();
        for (const PdfValue& item : v.items())
            out.items().push_back(copy(item));
        return out;
    }
    case Kind::Dict: {
        PdfValue out = PdfValue::dict();
        for (std::size_t i = 0; i < v.keys().size(); ++i)
            out.set(v.keys()[i], copy(v.values()[i]));
        return out;
    }
    default:
        return v;
    }
}

PdfRef PdfImporter::copy_object(int num) {
    if (auto it = copied_.find(num); it != copied_.end()) return it->second;
    const PdfObject& o = from_.object(num);
    // Numbered before its value is copied, so that an object that refers back to it
    // (a page and its parent) finds it copied.
    PdfRef to = into_.reserve();
    copied_[num] = to;
    if (o.has_stream)
        into_.fill(to, copy_stream_dict(o.value), o.stream);
    else
        into_.edit(to.num) = copy(o.value);
    return to;
}

// A stream's dictionary, its /Length left to the writer.
PdfValue PdfImporter::copy_stream_dict(const PdfValue& dict) {
    PdfValue out = PdfValue::dict();
    for (std::size_t i = 0; i < dict.keys().size(); ++i)
        if (dict.keys()[i] != "Length") out.set(dict.keys()[i], copy(dict.values()[i]));
    return out;
}

} // namespace clerk::pdf

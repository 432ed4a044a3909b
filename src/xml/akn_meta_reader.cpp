// Metadata from <meta>: the front matter as written when Clerk wrote the file (in its own
// namespace under <proprietary>), else what FRBR identification and the preface say.
#include "xml/akn_read_parts.hpp"

#include <string>

namespace clerk::xml::detail {

namespace {

using json = nlohmann::ordered_json;

pugi::xml_node child(const ReadContext& context, pugi::xml_node node, std::string_view name) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && context.local(c) == name) return c;
    return {};
}

pugi::xml_node descendant(const ReadContext& context, pugi::xml_node node, std::string_view name) {
    for (pugi::xml_node c : node.children()) {
        if (c.type() != pugi::node_element) continue;
        if (context.local(c) == name) return c;
        if (pugi::xml_node found = descendant(context, c, name)) return found;
    }
    return {};
}

json field_value(const ReadContext& context, pugi::xml_node field) {
    std::string_view type = field.attribute("type").value();
    std::string element = context.clerk_prefix + "field";
    if (type == "map" || type == "list") {
        json out = type == "map" ? json::object() : json::array();
        for (pugi::xml_node item : field.children(element.c_str())) {
            if (type == "map")
                out[item.attribute("name").value()] = field_value(context, item);
            else
                out.push_back(field_value(context, item));
        }
        return out;
    }
    if (type == "null") return nullptr;
    if (type == "boolean" || type == "number") {
        json parsed = json::parse(raw_text(field), nullptr, false);
        if (!parsed.is_discarded()) return parsed;
    }
    return raw_text(field);
}

Metadata from_front_matter(const ReadContext& context, pugi::xml_node front) {
    Metadata meta;
    std::string element = context.clerk_prefix + "field";
    for (pugi::xml_node field : front.children(element.c_str())) {
        std::string key = field.attribute("name").value();
        json value = field_value(context, field);
        std::string* known = key == "title"         ? &meta.title
                             : key == "council"     ? &meta.council
                             : key == "part"        ? &meta.part
                             : key == "kind"        ? &meta.kind
                             : key == "version"     ? &meta.version
                             : key == "status"      ? &meta.status
                             : key == "date"        ? &meta.date
                             : key == "meeting"     ? &meta.meeting
                             : key == "definitions" ? &meta.definitions
                                                    : nullptr;
        if (known && value.is_string()) {
            *known = value.get<std::string>();
        } else if (key == "history" && value.is_array()) {
            for (const json& row : value) {
                HistoryEntry h;
                auto text = [&](const char* name) {
                    return row.contains(name) && row[name].is_string()
                               ? row[name].get<std::string>()
                               : std::string();
                };
                h.version = text("version");
                h.date = text("date");
                h.status = text("status");
                h.by = text("by");
                h.note = text("note");
                meta.history.push_back(std::move(h));
            }
        } else {
            meta.extra[key] = std::move(value);
        }
    }
    return meta;
}

// What a document from another tool says about itself.
Metadata from_identification(const ReadContext& context, pugi::xml_node doc,
                             pugi::xml_node meta_node) {
    Metadata meta;
    pugi::xml_node work = descendant(context, meta_node, "FRBRWork");
    pugi::xml_node expression = descendant(context, meta_node, "FRBRExpression");
    meta.title = child(context, work, "FRBRname").attribute("value").value();
    pugi::xml_node number = child(context, work, "FRBRnumber");
    meta.part = number.attribute("showAs") ? number.attribute("showAs").value()
                                           : number.attribute("value").value();
    meta.version = child(context, expression, "FRBRversionNumber").attribute("value").value();
    meta.date = child(context, expression, "FRBRdate").attribute("date").value();
    // The council is the organisation the work's author points at.
    std::string author = child(context, work, "FRBRauthor").attribute("href").value();
    if (!author.empty() && author[0] == '#') {
        pugi::xml_node references = child(context, meta_node, "references");
        for (pugi::xml_node r : references.children())
            if (r.type() == pugi::node_element && author.substr(1) == r.attribute("eId").value())
                meta.council = r.attribute("showAs").value();
    }
    pugi::xml_node preface = child(context, doc, "preface");
    auto preface_text = [&](std::string_view name) {
        pugi::xml_node node = descendant(context, preface, name);
        return node ? raw_text(node) : std::string();
    };
    if (meta.title.empty()) meta.title = preface_text("docTitle");
    if (meta.council.empty()) meta.council = preface_text("docProponent");
    if (meta.part.empty()) meta.part = preface_text("docNumber");
    meta.status = preface_text("docStatus");
    meta.meeting = preface_text("docCommittee");
    std::string name = doc.attribute("name").value();
    if (name != "protocol") meta.kind = name;
    return meta;
}

} // namespace

Metadata read_metadata(const ReadContext& context, pugi::xml_node doc) {
    pugi::xml_node meta_node = child(context, doc, "meta");
    Metadata meta;
    pugi::xml_node front;
    std::string element = context.clerk_prefix + "frontMatter";
    for (pugi::xml_node proprietary : meta_node.children()) {
        if (proprietary.type() != pugi::node_element || context.local(proprietary) != "proprietary")
            continue;
        if (pugi::xml_node found = proprietary.child(element.c_str())) front = found;
    }
    meta = front ? from_front_matter(context, front) : from_identification(context, doc, meta_node);
    meta.pos = context.pos(meta_node ? meta_node : doc);
    return meta;
}

} // namespace clerk::xml::detail

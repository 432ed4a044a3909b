#include "write/json_writer.hpp"

#include "model/plain_text.hpp"

namespace clerk {

namespace {

using json = nlohmann::ordered_json;

json inlines_to_json(const std::vector<Inline>& inlines) {
    json out = json::array();
    for (const Inline& in : inlines) {
        json item;
        item["kind"] = to_string(in.kind);
        if (!in.text.empty()) item["text"] = in.text;
        if (!in.url.empty()) item["url"] = in.url;
        if (!in.children.empty()) item["children"] = inlines_to_json(in.children);
        out.push_back(std::move(item));
    }
    return out;
}

json block_to_json(const Block& block) {
    json out;
    out["kind"] = to_string(block.kind);
    out["line"] = block.span.begin.line;
    switch (block.kind) {
    case BlockKind::Heading:
        out["level"] = block.level;
        [[fallthrough]];
    case BlockKind::Paragraph:
        out["text"] = plain_text(block.inlines);
        out["inlines"] = inlines_to_json(block.inlines);
        break;
    case BlockKind::OrderedList:
        out["start"] = block.start;
        [[fallthrough]];
    case BlockKind::BulletList:
    case BlockKind::ListItem:
    case BlockKind::Quote: {
        json children = json::array();
        for (const Block& child : block.children) children.push_back(block_to_json(child));
        out[block.kind == BlockKind::ListItem || block.kind == BlockKind::Quote ? "blocks"
                                                                                : "items"] =
            std::move(children);
        break;
    }
    case BlockKind::Table: {
        out["header"] = block.header;
        json rows = json::array();
        for (const TableRow& row : block.rows) {
            json cells = json::array();
            for (const TableCell& cell : row.cells) cells.push_back(plain_text(cell.inlines));
            rows.push_back(std::move(cells));
        }
        out["rows"] = std::move(rows);
        break;
    }
    case BlockKind::Code:
    case BlockKind::RawHtml:
        out["text"] = block.text;
        break;
    case BlockKind::Rule:
        break;
    }
    return out;
}

json unit_to_json(const Document& doc, UnitIndex index) {
    const Unit& unit = doc.units[static_cast<std::size_t>(index)];
    json out;
    out["id"] = unit.id;
    out["number"] = unit.number;
    out["kind"] = to_string(unit.kind);
    out["title"] = unit.title;
    out["line"] = unit.span.begin.line;
    out["column"] = unit.number_pos.column;
    out["text"] = plain_text(unit);
    if (unit.definition) {
        out["definition"] = {{"term", unit.definition->term},
                             {"line", unit.definition->pos.line},
                             {"column", unit.definition->pos.column}};
    }
    json blocks = json::array();
    for (const Block& block : unit.blocks) blocks.push_back(block_to_json(block));
    out["blocks"] = std::move(blocks);
    json children = json::array();
    for (UnitIndex child : unit.children) children.push_back(unit_to_json(doc, child));
    out["children"] = std::move(children);
    return out;
}

} // namespace

nlohmann::ordered_json metadata_to_json(const Metadata& meta) {
    json out = json::object();
    auto put = [&](const char* key, const std::string& value) {
        if (!value.empty()) out[key] = value;
    };
    put("title", meta.title);
    put("council", meta.council);
    put("part", meta.part);
    put("kind", meta.kind);
    put("version", meta.version);
    put("status", meta.status);
    put("date", meta.date);
    put("meeting", meta.meeting);
    put("definitions", meta.definitions);
    if (!meta.history.empty()) {
        json history = json::array();
        for (const HistoryEntry& h : meta.history) {
            json entry = json::object();
            if (!h.version.empty()) entry["version"] = h.version;
            if (!h.date.empty()) entry["date"] = h.date;
            if (!h.status.empty()) entry["status"] = h.status;
            if (!h.by.empty()) entry["by"] = h.by;
            if (!h.note.empty()) entry["note"] = h.note;
            history.push_back(std::move(entry));
        }
        out["history"] = std::move(history);
    }
    for (const auto& [key, value] : meta.extra.items()) out[key] = value;
    return out;
}

nlohmann::ordered_json document_to_json(const Document& doc) {
    json out;
    out["format"] = kJsonFormat;
    out["metadata"] = metadata_to_json(doc.metadata);
    json units = json::array();
    for (UnitIndex root : doc.roots) units.push_back(unit_to_json(doc, root));
    out["units"] = std::move(units);
    return out;
}

std::string write_json(const Document& doc) {
    return document_to_json(doc).dump(2) + "\n";
}

} // namespace clerk

#include "model/document.hpp"

#include <algorithm>

namespace clerk {

UnitIndex Document::find(std::string_view id) const {
    auto it = std::lower_bound(ids_.begin(), ids_.end(), id,
                               [](const auto& entry, std::string_view key) { return entry.first < key; });
    if (it == ids_.end() || it->first != id) return kNoUnit;
    return it->second;
}

void Document::index_ids() {
    ids_.clear();
    ids_.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i)
        ids_.emplace_back(units[i].id, static_cast<UnitIndex>(i));
    // Stable: with duplicate IDs the first unit in document order wins.
    std::stable_sort(ids_.begin(), ids_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::vector<UnitIndex> Document::definitions() const {
    std::vector<UnitIndex> out;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (units[i].definition) out.push_back(static_cast<UnitIndex>(i));
    return out;
}

std::string_view to_string(UnitKind kind) {
    switch (kind) {
    case UnitKind::Preamble: return "preamble";
    case UnitKind::Section: return "section";
    case UnitKind::Clause: return "clause";
    case UnitKind::Appendix: return "appendix";
    }
    return "clause";
}

std::string_view to_string(BlockKind kind) {
    switch (kind) {
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::Heading: return "heading";
    case BlockKind::BulletList: return "bullet-list";
    case BlockKind::OrderedList: return "ordered-list";
    case BlockKind::ListItem: return "item";
    case BlockKind::Table: return "table";
    case BlockKind::Quote: return "quote";
    case BlockKind::Code: return "code";
    case BlockKind::RawHtml: return "html";
    case BlockKind::Rule: return "rule";
    }
    return "paragraph";
}

std::string_view to_string(InlineKind kind) {
    switch (kind) {
    case InlineKind::Text: return "text";
    case InlineKind::Emphasis: return "emphasis";
    case InlineKind::Strong: return "strong";
    case InlineKind::Code: return "code";
    case InlineKind::Link: return "link";
    case InlineKind::SoftBreak: return "softbreak";
    case InlineKind::LineBreak: return "linebreak";
    case InlineKind::RawHtml: return "html";
    }
    return "text";
}

} // namespace clerk

#include "import/document_assembly.hpp"

#include "import/text_utils.hpp"
#include "load/clause_number.hpp"
#include "load/unit_builder.hpp"
#include "model/plain_text.hpp"

#include <set>

namespace clerk::import {

namespace {

bool is_joining_word(std::string_view w) {
    for (std::string_view j : {"to", "of", "for", "and", "in", "on", "with", "by", "at", "from",
                               "the", "a", "an", "or", "under"})
        if (w == j) return true;
    return false;
}

using Kind = ImportElement::Kind;

// Nests consecutive list items into one bullet list by their levels.
Block build_list(const std::vector<ImportElement>& items, std::size_t& i, int level) {
    Block list;
    list.kind = BlockKind::BulletList;
    list.tight = true;
    list.span = items[i].span;
    while (i < items.size() && items[i].level >= level) {
        if (items[i].level > level) {
            // A deeper item with no parent at this level hangs off the previous item (or
            // off an empty one when it opens the list).
            if (list.children.empty()) {
                Block empty;
                empty.kind = BlockKind::ListItem;
                empty.span = items[i].span;
                list.children.push_back(std::move(empty));
            }
            list.children.back().children.push_back(build_list(items, i, level + 1));
            continue;
        }
        Block item;
        item.kind = BlockKind::ListItem;
        item.span = items[i].span;
        Block paragraph;
        paragraph.kind = BlockKind::Paragraph;
        paragraph.inlines = items[i].inlines;
        paragraph.span = items[i].span;
        item.children.push_back(std::move(paragraph));
        list.children.push_back(std::move(item));
        list.span.end = items[i].span.end;
        ++i;
    }
    return list;
}

Block table_block(const ImportElement& e) {
    Block table;
    table.kind = BlockKind::Table;
    table.rows = e.rows;
    table.header = e.header;
    table.span = e.span;
    return table;
}

void append_id(std::vector<Inline>& inlines, const std::string& id, SourcePos pos) {
    if (!inlines.empty() && inlines.back().kind == InlineKind::Text)
        inlines.back().text += " {#" + id + "}";
    else
        inlines.push_back(text_inline(" {#" + id + "}", pos));
}

bool is_numbered_paragraph(const ImportElement& e) {
    return e.kind == Kind::Paragraph && match_clause_number(plain_text(e.inlines)).has_value();
}

} // namespace

std::string slug_id(std::string_view title) {
    std::vector<std::string> words;
    for (std::string_view raw : split_words(title)) {
        std::string w;
        for (char c : raw)
            if (std::isalnum(static_cast<unsigned char>(c)))
                w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (w.empty()) continue;
        if (words.empty() && (w == "the" || w == "a" || w == "an")) continue;
        if (is_joining_word(w) && words.size() >= 2) break;
        words.push_back(w);
        if (words.size() == 5) break;
    }
    while (!words.empty() && is_joining_word(words.back()))
        words.pop_back();
    std::string id;
    for (const std::string& w : words)
        id += (id.empty() ? "" : "-") + w;
    if (id.empty()) id = "section";
    if (!std::isalpha(static_cast<unsigned char>(id.front()))) id = "s-" + id;
    return id;
}

bool assemble_document(Document& doc, std::vector<ImportElement> elements,
                       std::vector<ImportNote>& notes, std::vector<Diagnostic>& diagnostics,
                       bool require_units) {
    // A heading with nothing after it closes the document: the label of endnotes whose
    // text was page furniture.
    while (!elements.empty() && elements.back().kind == Kind::Heading &&
           !elements.back().numbered) {
        notes.push_back({elements.back().span.begin.line, "dropped the heading \"" +
                                                              plain_text(elements.back().inlines) +
                                                              "\": nothing follows it"});
        elements.pop_back();
    }
    bool has_numbered = false;
    for (const ImportElement& e : elements)
        if ((e.kind == Kind::Heading && e.numbered) || is_numbered_paragraph(e))
            has_numbered = true;

    std::set<std::string> used_ids;
    int depth = 0;       // level of the innermost numbered heading so far
    std::string section; // the top-level number of the latest numbered unit
    auto top_of = [](const std::string& id) { return id.substr(0, id.find('.')); };
    // The first component of the next numbered element's number, looking from `from`.
    auto next_number = [&](std::size_t from) -> std::string {
        for (std::size_t j = from; j < elements.size(); ++j) {
            const ImportElement& n = elements[j];
            if (n.kind == Kind::Heading && n.numbered) return {};
            if (n.kind != Kind::Paragraph) continue;
            if (auto clause = match_clause_number(plain_text(n.inlines))) return clause->id;
        }
        return {};
    };
    UnitBuilder builder(doc);
    for (std::size_t i = 0; i < elements.size();) {
        ImportElement& e = elements[i];
        switch (e.kind) {
        case Kind::Heading: {
            int level = e.level;
            std::string after = e.numbered ? std::string() : next_number(i + 1);
            if (e.numbered) {
                depth = level;
                if (auto n = match_heading_number(plain_text(e.inlines))) section = top_of(n->id);
            } else if (e.explicit_id.empty() && !after.empty() && !section.empty() &&
                       top_of(after) != section) {
                // "ROLES OF MEMBERS" before 2.1 in a document whose section numbers are not
                // printed: the heading is section 2's, a unit of its own.
                std::string title = plain_text(e.inlines);
                std::string base = slug_id(title);
                std::string id = base;
                for (int n = 2; used_ids.count(id); ++n)
                    id = base + "-" + std::to_string(n);
                used_ids.insert(id);
                append_id(e.inlines, id, e.span.begin);
                notes.push_back({e.span.begin.line,
                                 "heading \"" + title + "\" made a unit: the clauses after it (" +
                                     after + ") are not section " + section + "'s"});
                section = top_of(after);
                level = 1;
                depth = 1;
            } else if (!e.explicit_id.empty()) {
                std::string id = e.explicit_id;
                for (int n = 2; used_ids.count(id); ++n)
                    id = e.explicit_id + "-" + std::to_string(n);
                used_ids.insert(id);
                append_id(e.inlines, id, e.span.begin);
                if (level == 0) level = has_numbered ? std::min(6, depth + 1) : 2;
            } else {
                bool titled_table = i + 1 < elements.size() && elements[i + 1].kind == Kind::Table;
                if (!has_numbered || titled_table) {
                    std::string base = slug_id(plain_text(e.inlines));
                    std::string id = base;
                    for (int n = 2; used_ids.count(id); ++n)
                        id = base + "-" + std::to_string(n);
                    used_ids.insert(id);
                    append_id(e.inlines, id, e.span.begin);
                }
                if (level == 0) level = has_numbered ? std::min(6, depth + 1) : 1;
            }
            builder.add_heading(std::move(e.inlines), std::max(1, level), e.span);
            ++i;
            break;
        }
        case Kind::Paragraph:
            if (auto n = match_clause_number(plain_text(e.inlines))) section = top_of(n->id);
            builder.add_paragraph(std::move(e.inlines), e.span);
            ++i;
            break;
        case Kind::ListItem: {
            std::size_t start = i;
            while (i < elements.size() && elements[i].kind == Kind::ListItem)
                ++i;
            std::vector<ImportElement> items(
                std::make_move_iterator(elements.begin() + static_cast<std::ptrdiff_t>(start)),
                std::make_move_iterator(elements.begin() + static_cast<std::ptrdiff_t>(i)));
            int base = items.front().level;
            for (const ImportElement& item : items)
                base = std::min(base, item.level);
            std::size_t k = 0;
            while (k < items.size())
                builder.add_block(build_list(items, k, base));
            break;
        }
        case Kind::Table:
            builder.add_block(table_block(e));
            ++i;
            break;
        }
    }
    builder.finish();
    bool has_unit = false;
    for (const Unit& u : doc.units)
        if (u.kind != UnitKind::Preamble) has_unit = true;
    if (!has_unit && require_units) {
        diagnostics.push_back(
            {Severity::Error,
             "import/structure",
             "found no numbered sections or clauses and no headings to make units of",
             doc.source.path(),
             {},
             "check that this is the text of a protocol or similar document; number its "
             "sections ('1. Introduction') or put its headings on lines of their own",
             {}});
        return false;
    }
    return true;
}

} // namespace clerk::import

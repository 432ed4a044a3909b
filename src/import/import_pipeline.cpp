#include "import/import_pipeline.hpp"

#include "import/document_assembly.hpp"
#include "import/front_matter_inference.hpp"
#include "import/heading_inference.hpp"
#include "import/markup_cleanup.hpp"
#include "import/metadata_lines.hpp"
#include "import/numbering_styles.hpp"
#include "import/page_furniture.hpp"
#include "import/run_on_numbers.hpp"
#include "import/table_inference.hpp"
#include "import/text_lines.hpp"
#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"

#include <algorithm>

namespace clerk::import {

namespace {

using PKind = TextParagraph::Kind;

// The paragraph that titles the document: the first of the opening paragraphs that names
// a kind of document or its place in the constitution ("SECTION 15 – ..."). It leaves the
// body only when it opens the text.
std::size_t find_title(const std::vector<TextParagraph>& ps) {
    for (std::size_t i = 0; i < ps.size() && i < 8; ++i) {
        if (ps[i].kind != PKind::Text || ps[i].text.size() > 300) continue;
        std::string place, title;
        if (split_place_title(ps[i].text, place, title)) return i;
        if (reads_as_document_title(ps[i].text) && !opens_numbered_unit(ps[i].text) &&
            !match_undotted_section(ps[i].text))
            return i;
    }
    return ps.size();
}

// Moves metadata lines into the front matter. Only short paragraphs of their own: a
// sentence that mentions an adoption date stays in the text.
void take_metadata_lines(std::vector<TextParagraph>& ps, Metadata& meta,
                         std::vector<ImportNote>& notes) {
    for (std::size_t i = 0; i < ps.size();) {
        const TextParagraph& p = ps[i];
        if (p.kind == PKind::Text && p.line_count <= 2 && !opens_numbered_unit(p.text)) {
            auto line = read_metadata_line(p.text);
            if (line && !line->time.empty()) {
                // A meeting's time has no front-matter field: it stays as text, not a heading.
                ps[i].plain = true;
                notes.push_back({p.first_line, "kept \"" + trim_copy(p.text) +
                                                   "\" as text: the time of the meeting"});
                ++i;
                continue;
            }
            if (line) {
                apply_metadata_line(*line, meta);
                notes.push_back({p.first_line, "moved to the front matter: " + line->summary +
                                                   " (\"" + trim_copy(p.text) + "\")"});
                ps.erase(ps.begin() + static_cast<std::ptrdiff_t>(i));
                continue;
            }
        }
        ++i;
    }
}

// No-break spaces between a number and its text ("1.1\u00A0\u00A0Members", as Word and web
// pages lay numbers out) are spaces.
void space_after_numbers(std::vector<TextParagraph>& paragraphs) {
    static const std::string nbsp = "\u00A0";
    for (TextParagraph& p : paragraphs) {
        std::size_t at = p.text.find(nbsp);
        if (at == std::string::npos || at > 12) continue;
        std::size_t end = at;
        while (p.text.compare(end, nbsp.size(), nbsp) == 0 ||
               (end < p.text.size() && p.text[end] == ' '))
            end += p.text[end] == ' ' ? 1 : nbsp.size();
        std::string candidate = p.text.substr(0, at) + " " + p.text.substr(end);
        if (!opens_numbered_unit(candidate) && !match_clause_label(candidate) &&
            !match_undotted_section(candidate))
            continue;
        p.text = std::move(candidate);
        p.inlines.clear();
    }
}

} // namespace

std::vector<TextParagraph> paragraphs_of_lines(std::vector<TextLine>& lines,
                                               std::vector<ImportNote>& notes) {
    for (TextLine& line : lines)
        clean_markup(line);
    drop_page_furniture(lines, notes);
    std::vector<TextParagraph> paragraphs = join_lines(lines, notes);
    infer_tables(paragraphs, notes);
    return paragraphs;
}

bool build_document(ImportedText input, ImportResult& result) {
    std::vector<TextParagraph>& paragraphs = input.paragraphs;
    space_after_numbers(paragraphs);
    split_run_on_numbers(paragraphs, result.notes);
    Document doc;
    take_metadata_lines(paragraphs, doc.metadata, result.notes);

    std::string title = input.title;
    std::uint32_t title_at = input.title_at;
    std::size_t title_index = title.empty() ? find_title(paragraphs) : paragraphs.size();
    if (title_index < paragraphs.size()) {
        title = paragraphs[title_index].text;
        title_at = paragraphs[title_index].first_line;
        // The lines above the title (the council's name) are a letterhead: text of the
        // preamble, not headings. The title itself is in the front matter.
        bool letterhead = title_index <= 3;
        for (std::size_t k = 0; k < title_index && letterhead; ++k)
            letterhead = paragraphs[k].kind == PKind::Text && paragraphs[k].line_count <= 2 &&
                         split_words(paragraphs[k].text).size() <= 8 &&
                         !opens_numbered_unit(paragraphs[k].text);
        if (title_index == 0 || letterhead) {
            for (std::size_t k = 0; k < title_index; ++k)
                paragraphs[k].plain = true;
            result.notes.push_back({title_at, "the title line went to the front matter"});
            paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(title_index));
        }
    }
    if (title.empty()) title = input.fallback_title;

    std::vector<std::string> texts;
    texts.reserve(paragraphs.size() + 1);
    texts.push_back(title);
    for (const TextParagraph& p : paragraphs)
        texts.push_back(p.text);
    std::vector<ImportElement> elements = infer_structure(paragraphs, result.notes);
    // The paragraphs and their texts are freed as soon as they are read, before the model
    // is built: a large import then holds its text once, not three times.
    std::vector<TextParagraph>().swap(paragraphs);
    fill_front_matter(doc.metadata, title, title_at, texts, result.notes);
    std::vector<std::string>().swap(texts);
    doc.source = SourceText(input.path, std::move(input.source));
    if (!assemble_document(doc, std::move(elements), result.notes, result.diagnostics,
                           input.require_units))
        return false;
    std::stable_sort(result.notes.begin(), result.notes.end(),
                     [](const ImportNote& a, const ImportNote& b) { return a.line < b.line; });
    result.document = std::move(doc);
    return true;
}

} // namespace clerk::import

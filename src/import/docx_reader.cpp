// The .docx importer: the package's parts (document, styles, numbering, footnotes, core
// properties) read with pugixml into paragraphs that carry Word's numbers, heading levels,
// bold and italic; then the same structure inference as plain text.
#include "import/document_assembly.hpp"
#include "import/docx_numbering.hpp"
#include "import/docx_package.hpp"
#include "import/front_matter_inference.hpp"
#include "import/heading_inference.hpp"
#include "import/import.hpp"
#include "import/import_pipeline.hpp"
#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"
#include "model/plain_text.hpp"

#include <algorithm>
#include <map>
#include <pugixml.hpp>

namespace clerk {

namespace {

using import::TextParagraph;

bool on(const pugi::xml_node& toggle) {
    if (!toggle) return false;
    std::string v = toggle.attribute("w:val").value();
    return v.empty() || (v != "0" && v != "false" && v != "off");
}

int int_of(const pugi::xml_node& node, const char* name, int fallback) {
    pugi::xml_attribute a = node.attribute(name);
    return a ? std::atoi(a.value()) : fallback;
}

// A paragraph style: its name and the numbering and outline level it gives its paragraphs.
struct Style {
    std::string name;
    std::string based_on;
    int num_id = -1;
    int level = -1;
    int outline = -1;
};

// A run of text with one formatting.
struct Segment {
    std::string text;
    bool bold = false;
    bool italic = false;
};

class DocxReader {
  public:
    DocxReader(const std::string& path, ImportResult& result) : path_(path), result_(result) {}

    bool read(const std::string& bytes) {
        import::DocxPackage package(bytes);
        if (!package.ok())
            return fail(package.error(),
                        "check that the file is a .docx saved by Word or LibreOffice");
        if (!package.has("word/document.xml")) {
            if (package.has("content.xml") && package.has("mimetype"))
                return fail("an OpenDocument file, not a Word document",
                            "save it as .docx (File, Save As, Word 2007-365)");
            return fail("a zip archive that is not a Word document (it has no word/document.xml)",
                        "import a .docx file, or the text extracted from the document");
        }
        {
            // The parts' trees (several times the size of their text) are freed before the
            // document is built from what was read.
            XmlPart document, styles, numbering, footnotes, core;
            if (!parse(package, "word/document.xml", document, true)) return false;
            if (parse(package, "word/styles.xml", styles, false))
                load_styles(styles.tree.child("w:styles"));
            if (parse(package, "word/numbering.xml", numbering, false))
                numbering_.load(numbering.tree.child("w:numbering"));
            if (parse(package, "word/footnotes.xml", footnotes, false))
                load_footnotes(footnotes.tree.child("w:footnotes"));
            if (parse(package, "docProps/core.xml", core, false))
                core_title_ =
                    import::trim_copy(core.tree.first_child().child("dc:title").text().get());

            pugi::xml_node body = document.tree.child("w:document").child("w:body");
            if (!body)
                return fail("word/document.xml has no body", "check that the file opens in Word");
            walk(body, 0);
        }
        return build();
    }

  private:
    bool fail(const std::string& message, const std::string& suggestion) {
        result_.diagnostics.push_back(
            {Severity::Error, "import/docx", message, path_, {}, suggestion, {}});
        return false;
    }

    // A part's tree, parsed in place in its own bytes (no second copy of the text).
    struct XmlPart {
        std::string bytes;
        pugi::xml_document tree;
    };

    bool parse(import::DocxPackage& package, const std::string& part, XmlPart& xml, bool required) {
        if (!package.has(part)) {
            if (required) fail("the package has no " + part, "check that the file opens in Word");
            return false;
        }
        std::optional<std::string> bytes = package.read(part);
        if (!bytes)
            return fail(package.error(),
                        "check that the file opens in Word; it may be damaged or hostile");
        // pugixml expands no DTDs and loads no external entities.
        xml.bytes = std::move(*bytes);
        pugi::xml_parse_result parsed = xml.tree.load_buffer_inplace(
            xml.bytes.data(), xml.bytes.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed) {
            if (required)
                fail(part + " is not well-formed XML: " + parsed.description() + " at byte " +
                         std::to_string(parsed.offset),
                     "check that the file opens in Word");
            return false;
        }
        return true;
    }

    void load_styles(const pugi::xml_node& root) {
        for (pugi::xml_node s : root.children("w:style")) {
            Style style;
            style.name = ascii_lower(s.child("w:name").attribute("w:val").value());
            style.based_on = s.child("w:basedOn").attribute("w:val").value();
            pugi::xml_node ppr = s.child("w:pPr");
            style.num_id = int_of(ppr.child("w:numPr").child("w:numId"), "w:val", -1);
            style.level = int_of(ppr.child("w:numPr").child("w:ilvl"), "w:val", -1);
            style.outline = int_of(ppr.child("w:outlineLvl"), "w:val", -1);
            styles_[s.attribute("w:styleId").value()] = style;
        }
    }

    void load_footnotes(const pugi::xml_node& root) {
        for (pugi::xml_node note : root.children("w:footnote")) {
            std::string type = note.attribute("w:type").value();
            if (!type.empty() && type != "normal") continue;
            std::string text;
            for (pugi::xml_node p : note.children("w:p")) {
                std::vector<Segment> segments;
                collect_runs(p, segments, 0);
                for (const Segment& s : segments)
                    text += s.text;
                text += ' ';
            }
            footnotes_[int_of(note, "w:id", -1)] = collapse(text);
        }
    }

    static std::string collapse(const std::string& text) {
        std::string out;
        for (char c : text) {
            if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
            out += c;
        }
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out;
    }

    // The style's property, looked up through the styles it is based on.
    template <typename Get> int inherited(const std::string& style_id, Get get) const {
        std::string id = style_id;
        for (int depth = 0; depth < 16 && !id.empty(); ++depth) {
            auto it = styles_.find(id);
            if (it == styles_.end()) break;
            if (int v = get(it->second); v >= 0) return v;
            id = it->second.based_on;
        }
        return -1;
    }

    std::string style_name(const std::string& id) const {
        auto it = styles_.find(id);
        return it == styles_.end() ? ascii_lower(id) : it->second.name;
    }

    void collect_runs(const pugi::xml_node& parent, std::vector<Segment>& out, int depth) {
        if (depth > 16) return;
        for (pugi::xml_node child : parent.children()) {
            std::string_view name = child.name();
            if (name == "w:r") {
                pugi::xml_node rpr = child.child("w:rPr");
                Segment segment;
                segment.bold = on(rpr.child("w:b"));
                segment.italic = on(rpr.child("w:i"));
                for (pugi::xml_node part : child.children()) {
                    std::string_view kind = part.name();
                    if (kind == "w:t")
                        segment.text += part.text().get();
                    else if ((kind == "w:br" &&
                              std::string_view(part.attribute("w:type").value()).empty()) ||
                             kind == "w:cr")
                        segment.text += '\n'; // a line break: lines of their own, as Word shows
                    else if (kind == "w:tab" || kind == "w:br")
                        segment.text += ' ';
                    else if (kind == "w:noBreakHyphen")
                        segment.text += '-';
                    else if (kind == "w:footnoteReference") {
                        int id = int_of(part, "w:id", -1);
                        auto note = footnotes_.find(id);
                        if (note != footnotes_.end()) {
                            segment.text += " (footnote: " + note->second + ")";
                            result_.notes.push_back(
                                {paragraph_number_, "footnote kept as text in the paragraph"});
                        }
                    }
                }
                out.push_back(std::move(segment));
            } else if (name == "w:hyperlink" || name == "w:ins" || name == "w:smartTag" ||
                       name == "w:fldSimple" || name == "w:sdt" || name == "w:sdtContent" ||
                       name == "w:customXml") {
                collect_runs(child, out, depth + 1);
            }
        }
    }

    // Formatted segments as inlines; spaces at the edges of bold or italic text move out.
    static std::vector<Inline> inlines_of(std::vector<Segment> segments, SourcePos pos) {
        std::vector<Segment> merged;
        for (Segment& s : segments) {
            std::string text;
            for (char c : s.text) {
                if (c == ' ' && !text.empty() && text.back() == ' ') continue;
                text += c;
            }
            std::size_t b = text.find_first_not_of(' ');
            if (b == std::string::npos) {
                merged.push_back({" ", false, false});
                continue;
            }
            std::size_t e = text.find_last_not_of(' ');
            if (b > 0) merged.push_back({" ", false, false});
            merged.push_back({text.substr(b, e - b + 1), s.bold, s.italic});
            if (e + 1 < text.size()) merged.push_back({" ", false, false});
        }
        std::vector<Segment> joined;
        for (Segment& s : merged) {
            if (!joined.empty() && joined.back().bold == s.bold &&
                joined.back().italic == s.italic) {
                if (!(s.text == " " && joined.back().text.back() == ' '))
                    joined.back().text += s.text;
            } else {
                joined.push_back(std::move(s));
            }
        }
        while (!joined.empty() && joined.front().text == " ")
            joined.erase(joined.begin());
        while (!joined.empty() && joined.back().text == " ")
            joined.pop_back();
        if (!joined.empty() && !joined.front().bold && !joined.front().italic)
            joined.front().text =
                import::trim_copy(joined.front().text) +
                (joined.size() > 1 && joined.front().text.back() == ' ' ? " " : "");
        if (!joined.empty() && !joined.back().bold && !joined.back().italic) {
            std::string& t = joined.back().text;
            while (!t.empty() && t.back() == ' ')
                t.pop_back();
        }
        std::vector<Inline> out;
        for (Segment& s : joined) {
            if (s.text.empty()) continue;
            Inline in = import::text_inline(s.text, pos);
            if (s.italic) {
                Inline em;
                em.kind = InlineKind::Emphasis;
                em.pos = pos;
                em.children.push_back(std::move(in));
                in = std::move(em);
            }
            if (s.bold) {
                Inline strong;
                strong.kind = InlineKind::Strong;
                strong.pos = pos;
                strong.children.push_back(std::move(in));
                in = std::move(strong);
            }
            out.push_back(std::move(in));
        }
        return out;
    }

    // Line breaks inside a paragraph that stays one paragraph read as spaces.
    static void unbreak(std::vector<Inline>& inlines) {
        for (Inline& in : inlines) {
            for (char& c : in.text)
                if (c == '\n') c = ' ';
            unbreak(in.children);
        }
    }

    // One paragraph: its number from Word's numbering, its heading level, its text.
    void paragraph(const pugi::xml_node& p, std::vector<TextParagraph>* cell) {
        ++paragraph_number_;
        pugi::xml_node ppr = p.child("w:pPr");
        std::string style_id = ppr.child("w:pStyle").attribute("w:val").value();
        std::string style = style_name(style_id);
        int num_id = int_of(ppr.child("w:numPr").child("w:numId"), "w:val", -1);
        int level = int_of(ppr.child("w:numPr").child("w:ilvl"), "w:val", -1);
        if (num_id < 0) num_id = inherited(style_id, [](const Style& s) { return s.num_id; });
        if (level < 0)
            level = std::max(0, inherited(style_id, [](const Style& s) { return s.level; }));
        int outline = int_of(ppr.child("w:outlineLvl"), "w:val", -1);
        if (outline < 0) outline = inherited(style_id, [](const Style& s) { return s.outline; });

        std::vector<Segment> segments;
        collect_runs(p, segments, 0);
        SourcePos pos{paragraph_number_, 1};
        std::vector<Inline> inlines = inlines_of(segments, pos);
        std::string text = plain_text(inlines);
        lines_.resize(paragraph_number_);
        // Numbering applies (and counts) only to paragraphs with text, as Word shows them.
        std::optional<import::NumberLabel> label;
        if (num_id > 0 && !text.empty()) label = numbering_.next(num_id, level);
        if (text.empty()) return;

        if (text.find('\n') != std::string::npos && !label && !cell) {
            // Lines set apart by line breaks read as paragraphs of their own.
            result_.notes.push_back({paragraph_number_, "split the paragraph at its line breaks"});
            std::size_t start = 0;
            while (start <= text.size()) {
                std::size_t end = text.find('\n', start);
                if (end == std::string::npos) end = text.size();
                std::string line =
                    import::trim_copy(std::string_view(text).substr(start, end - start));
                if (!line.empty()) {
                    TextParagraph part;
                    part.first_line = part.last_line = paragraph_number_;
                    part.line_count = 1;
                    part.blank_before = true;
                    part.text = line;
                    paragraphs_.push_back(std::move(part));
                }
                start = end + 1;
            }
            for (char& c : text)
                if (c == '\n') c = ' ';
            lines_.back() = text;
            return;
        }
        for (char& c : text)
            if (c == '\n') c = ' ';
        unbreak(inlines);
        TextParagraph out;
        out.first_line = out.last_line = paragraph_number_;
        out.line_count = 1;
        out.blank_before = true;
        if (style.rfind("heading ", 0) == 0)
            out.heading_level = std::clamp(std::atoi(style.c_str() + 8), 1, 6);
        else if (outline >= 0 && outline < 6)
            out.heading_level = outline + 1;
        if (style == "title" && !cell && title_.empty()) {
            title_ = text;
            title_at_ = paragraph_number_;
            lines_.back() = text;
            return;
        }
        if (label && label->bullet) {
            out.kind = TextParagraph::Kind::ListItem;
            out.glyph = label->text.empty() ? "•" : label->text;
            out.indent = static_cast<std::size_t>(label->level) * 2;
        } else if (label && !label->decimal && out.heading_level == 0) {
            // "a)", "(iv)": an item of a lettered list, its label kept as text.
            out.kind = TextParagraph::Kind::ListItem;
            out.glyph = "#" + std::to_string(num_id);
            out.indent = static_cast<std::size_t>(label->level) * 2;
        }
        if (label && !label->bullet) {
            text = label->text + " " + text;
            inlines.insert(inlines.begin(), import::text_inline(label->text + " ", pos));
            // Merge with a plain first run so the number and text read as one.
            if (inlines.size() > 1 && inlines[1].kind == InlineKind::Text) {
                inlines[0].text += inlines[1].text;
                inlines.erase(inlines.begin() + 1);
            }
        }
        out.text = text;
        out.inlines = std::move(inlines);
        lines_.back() = out.kind == TextParagraph::Kind::ListItem && label && label->bullet
                            ? "- " + text
                            : text;
        if (cell)
            cell->push_back(std::move(out));
        else
            paragraphs_.push_back(std::move(out));
    }

    void table(const pugi::xml_node& tbl, int depth) {
        TextParagraph t;
        t.kind = TextParagraph::Kind::Table;
        t.first_line = paragraph_number_ + 1;
        std::size_t columns = 0;
        for (pugi::xml_node tr : tbl.children("w:tr")) {
            std::vector<std::string> row;
            for (pugi::xml_node tc : tr.children("w:tc")) {
                std::vector<TextParagraph> cell;
                cell_content(tc, cell, depth + 1);
                std::string text;
                for (const TextParagraph& p : cell)
                    text += (text.empty() ? "" : " ") + p.text;
                row.push_back(text);
            }
            columns = std::max(columns, row.size());
            t.rows.push_back(std::move(row));
        }
        for (auto& row : t.rows)
            row.resize(columns);
        t.last_line = std::max(t.first_line, paragraph_number_);
        t.line_count = 1;
        if (!t.rows.empty() && columns > 0) paragraphs_.push_back(std::move(t));
    }

    void cell_content(const pugi::xml_node& parent, std::vector<TextParagraph>& cell, int depth) {
        if (depth > 32) return;
        for (pugi::xml_node child : parent.children()) {
            std::string_view name = child.name();
            if (name == "w:p")
                paragraph(child, &cell);
            else if (name == "w:tbl") {
                // A table inside a cell reads as the cell's text.
                for (pugi::xml_node tr : child.children("w:tr"))
                    for (pugi::xml_node tc : tr.children("w:tc"))
                        cell_content(tc, cell, depth + 1);
            } else if (name == "w:sdt" || name == "w:sdtContent" || name == "w:customXml") {
                cell_content(child, cell, depth + 1);
            }
        }
    }

    void walk(const pugi::xml_node& parent, int depth) {
        if (depth > 32) return;
        for (pugi::xml_node child : parent.children()) {
            std::string_view name = child.name();
            if (name == "w:p")
                paragraph(child, nullptr);
            else if (name == "w:tbl")
                table(child, depth);
            else if (name == "w:sdt" || name == "w:sdtContent" || name == "w:customXml")
                walk(child, depth + 1);
        }
    }

    bool build() {
        std::string source;
        std::size_t size = 0;
        for (const std::string& line : lines_)
            size += line.size() + 1;
        source.reserve(size);
        for (std::string& line : lines_) {
            source += line;
            source += '\n';
            std::string().swap(line);
        }
        return import::build_document(
            {path_, std::move(source), std::move(paragraphs_), title_, title_at_, core_title_},
            result_);
    }

    std::string path_;
    ImportResult& result_;
    std::map<std::string, Style> styles_;
    std::map<int, std::string> footnotes_;
    import::DocxNumbering numbering_;
    std::vector<TextParagraph> paragraphs_;
    std::vector<std::string> lines_; ///< paragraph texts, one per paragraph: the source text
    std::uint32_t paragraph_number_ = 0;
    std::string title_;
    std::uint32_t title_at_ = 0;
    std::string core_title_;
};

} // namespace

ImportResult import_docx(const std::string& path, std::string bytes) {
    ImportResult result;
    result.place = "paragraph";
    DocxReader reader(path, result);
    reader.read(bytes);
    return result;
}

} // namespace clerk

// The web-page importer: a council's page or a ModernGov document page, parsed with
// libxml2's HTML parser (no network) into paragraphs in reading order: headings with their
// levels, ordered lists with the numbers a browser shows (`start`, `type`, `value`), bullet
// lists by depth, tables; navigation, "Skip to content", cookie banners and "Page updated"
// lines dropped as furniture. Then the same inference as for every other format.
#include "import/import.hpp"
#include "import/import_pipeline.hpp"
#include "import/metadata_lines.hpp"
#include "import/numbering_styles.hpp"
#include "import/text_utils.hpp"
#include "import/unit_openers.hpp"
#include "load/encoding.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <memory>

namespace clerk {

namespace {

using import::TextParagraph;

std::string name_of(const xmlNode* node) {
    return node->name ? ascii_lower(reinterpret_cast<const char*>(node->name)) : "";
}

std::string attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

bool is_block(const std::string& n) {
    for (const char* b :
         {"p",       "div",        "h1",       "h2",     "h3",  "h4",    "h5",    "h6",
          "ul",      "ol",         "li",       "table",  "tr",  "td",    "th",    "blockquote",
          "section", "article",    "main",     "dl",     "dt",  "dd",    "pre",   "address",
          "figure",  "figcaption", "header",   "footer", "nav", "aside", "tbody", "thead",
          "tfoot",   "form",       "fieldset", "hr"})
        if (n == b) return true;
    return false;
}

// Elements that never hold the document's text.
bool is_furniture_element(const std::string& n) {
    for (const char* f :
         {"nav", "header", "footer", "aside", "script", "style", "noscript", "form", "button",
          "select", "svg", "iframe", "template", "head", "object", "canvas"})
        if (n == f) return true;
    return false;
}

// Class, ID or role naming page furniture: navigation, cookie banners, breadcrumbs.
std::string furniture_marker(const xmlNode* node) {
    std::string role = ascii_lower(attribute(node, "role"));
    for (const char* r : {"navigation", "banner", "contentinfo", "search", "complementary"})
        if (role == r) return "role=\"" + role + "\"";
    std::string names = ascii_lower(attribute(node, "class") + " " + attribute(node, "id"));
    for (const char* m :
         {"cookie", "breadcrumb", "skip-link", "skiplink", "skip-to", "navbar", "site-nav", "menu",
          "masthead", "site-header", "site-footer", "share", "feedback", "sidebar", "social"})
        if (names.find(m) != std::string::npos) return std::string("class or id \"") + m + "\"";
    return {};
}

// The number a browser shows for item `n` of a list of type `type`.
std::string list_marker(long n, const std::string& type) {
    if (type == "a" || type == "A") {
        std::string s;
        for (long v = n; v > 0; v = (v - 1) / 26)
            s.insert(s.begin(), static_cast<char>((type == "a" ? 'a' : 'A') + (v - 1) % 26));
        return s;
    }
    if (type == "i" || type == "I") {
        static const char* const numerals[] = {"",    "i",    "ii",  "iii",  "iv",    "v",   "vi",
                                               "vii", "viii", "ix",  "x",    "xi",    "xii", "xiii",
                                               "xiv", "xv",   "xvi", "xvii", "xviii", "xix", "xx"};
        std::string s = n >= 1 && n <= 20 ? numerals[n] : std::to_string(n);
        if (type == "I")
            for (char& c : s)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s;
    }
    return std::to_string(n);
}

long number_attribute(const xmlNode* node, const char* name, long fallback) {
    std::string v = attribute(node, name);
    if (v.empty() || v.size() > 6) return fallback;
    char* end = nullptr;
    long n = std::strtol(v.c_str(), &end, 10);
    return end && *end == 0 ? n : fallback;
}

std::string collapse(const std::string& text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        // A no-break space lays out a page; in the text it is a space.
        if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            c = ' ';
            ++i;
        }
        bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (ws) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

class HtmlReader {
  public:
    HtmlReader(const std::string& path, ImportResult& result) : path_(path), result_(result) {}

    void read(const xmlNode* root) {
        const xmlNode* main = find_main(root);
        if (main && main != root)
            note(main, "read the <" + name_of(main) +
                           "> element: the rest of the page is navigation and furniture");
        walk(main ? main : root, 0);
        flush();
    }

    std::vector<TextParagraph> take() { return std::move(out_); }
    std::string title;

  private:
    const xmlNode* find_main(const xmlNode* node) {
        for (const xmlNode* n = node; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE) continue;
            std::string name = name_of(n);
            if (name == "main" || ascii_lower(attribute(n, "role")) == "main") return n;
            if (name == "title" && title.empty()) {
                xmlChar* t = xmlNodeGetContent(n);
                if (t) title = import::trim_copy(collapse(reinterpret_cast<const char*>(t)));
                xmlFree(t);
            }
            if (const xmlNode* found = find_main(n->children)) return found;
        }
        return nullptr;
    }

    void note(const xmlNode* node, std::string message) {
        result_.notes.push_back(
            {static_cast<std::uint32_t>(xmlGetLineNo(node)), std::move(message)});
    }

    // The text gathered for the paragraph being built.
    void flush() {
        std::string text = import::trim_copy(collapse(pending_));
        pending_.clear();
        if (text.empty()) {
            pending_glyph_.clear();
            return;
        }
        std::string lower = ascii_lower(text);
        if (lower == "skip to content" || lower == "skip to main content" ||
            lower.rfind("page updated", 0) == 0 || lower.rfind("page last updated", 0) == 0 ||
            lower.rfind("this page was last updated", 0) == 0) {
            result_.notes.push_back({pending_line_, "dropped page furniture \"" + text + "\""});
            return;
        }
        TextParagraph p;
        p.text = text;
        p.first_line = p.last_line = pending_line_;
        p.line_count = 1;
        p.blank_before = true;
        p.closed = true;
        p.heading_level = pending_heading_;
        p.line_starts.emplace_back(0, pending_line_);
        if (!pending_glyph_.empty()) {
            p.kind = TextParagraph::Kind::ListItem;
            p.glyph = pending_glyph_;
            p.indent = pending_indent_;
        }
        out_.push_back(std::move(p));
        pending_heading_ = 0;
        pending_glyph_.clear();
        pending_line_ = 0;
        if (out_.back().heading_level > 0) context_from_heading(out_.back().text);
    }

    // The number of the latest numbered heading: an ordered list under "1. Introduction"
    // is read as 1.1, 1.2, ... as the council's readers cite it.
    void context_from_heading(const std::string& text) {
        if (auto h = import::match_heading_line(text))
            context_ = h->id;
        else if (auto u = import::match_undotted_section(text))
            context_ = u->id;
        else
            context_.clear();
    }

    void start(const xmlNode* node) {
        flush();
        pending_line_ = static_cast<std::uint32_t>(xmlGetLineNo(node));
    }

    void text_of(const xmlNode* node) {
        if (pending_.empty() && pending_line_ == 0)
            pending_line_ = static_cast<std::uint32_t>(xmlGetLineNo(node));
        pending_ += reinterpret_cast<const char*>(node->content ? node->content : BAD_CAST "");
    }

    void list(const xmlNode* node, int depth) {
        bool ordered = name_of(node) == "ol";
        std::string type = attribute(node, "type");
        if (type.empty()) type = "1";
        long n = number_attribute(node, "start", 1);
        std::string context = context_;
        for (const xmlNode* li = node->children; li; li = li->next) {
            if (li->type != XML_ELEMENT_NODE) continue;
            if (name_of(li) != "li") {
                walk_node(li, depth);
                continue;
            }
            n = number_attribute(li, "value", n);
            start(li);
            std::string shown = list_marker(n, type);
            if (ordered && (type == "1") && !context.empty()) {
                // Read as the reader cites it: item 2 of the list under 1.3 is 1.3.2.
                std::string number = context + "." + shown;
                pending_ = number + " ";
                note(li, "numbered the list item " + number +
                             " as a reader cites it (the page "
                             "shows \"" +
                             shown + ".\" under " + context + ")");
                context_ = number;
            } else if (ordered && type != "1") {
                pending_ = "(" + shown + ") ";
                note(li,
                     "read the list item \"" + shown + ".\" as the clause label (" + shown + ")");
            } else if (ordered) {
                pending_ = shown + ". ";
            } else {
                static const char* const glyphs[] = {"•", "o", "▪"};
                pending_glyph_ = glyphs[std::min(depth, 2)];
                pending_indent_ = static_cast<std::size_t>(depth) * 4;
            }
            walk(li->children, depth + 1);
            flush();
            context_ = context;
            ++n;
        }
        context_ = context;
    }

    void table(const xmlNode* node) {
        flush();
        TextParagraph t;
        t.kind = TextParagraph::Kind::Table;
        t.first_line = t.last_line = static_cast<std::uint32_t>(xmlGetLineNo(node));
        t.line_count = 1;
        collect_rows(node, t.rows);
        if (t.rows.empty()) return;
        note(node, "table read from <table> (" + std::to_string(t.rows.size()) + " rows)");
        out_.push_back(std::move(t));
    }

    void collect_rows(const xmlNode* node, std::vector<std::vector<std::string>>& rows) {
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            std::string name = name_of(c);
            if (name == "tr") {
                std::vector<std::string> cells;
                for (const xmlNode* cell = c->children; cell; cell = cell->next) {
                    if (cell->type != XML_ELEMENT_NODE) continue;
                    std::string cn = name_of(cell);
                    if (cn != "td" && cn != "th") continue;
                    xmlChar* content = xmlNodeGetContent(cell);
                    cells.push_back(import::trim_copy(
                        collapse(content ? reinterpret_cast<const char*>(content) : "")));
                    xmlFree(content);
                }
                if (!cells.empty()) rows.push_back(std::move(cells));
            } else if (name == "thead" || name == "tbody" || name == "tfoot") {
                collect_rows(c, rows);
            }
        }
    }

    void walk_node(const xmlNode* n, int depth) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            text_of(n);
            return;
        }
        if (n->type != XML_ELEMENT_NODE) return;
        std::string name = name_of(n);
        if (is_furniture_element(name)) {
            if (name != "script" && name != "style" && name != "head")
                note(n, "dropped page furniture: the <" + name + "> element");
            return;
        }
        if (std::string marker = furniture_marker(n); !marker.empty()) {
            note(n, "dropped page furniture: <" + name + "> with " + marker);
            return;
        }
        if (depth > 200) return; // deeper nesting carries no document structure
        if (name == "br") {
            flush();
            pending_line_ = static_cast<std::uint32_t>(xmlGetLineNo(n));
            return;
        }
        if (name == "ul" || name == "ol") {
            flush();
            list(n, name == "ul" ? list_depth(n) : depth);
            return;
        }
        if (name == "table") {
            table(n);
            return;
        }
        if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
            start(n);
            pending_heading_ = name[1] - '0';
            walk(n->children, depth + 1);
            flush();
            return;
        }
        if (is_block(name)) {
            start(n);
            walk(n->children, depth + 1);
            flush();
            return;
        }
        walk(n->children, depth + 1);
    }

    // The nesting of a bullet list among the lists around it.
    int list_depth(const xmlNode* node) {
        int d = 0;
        for (const xmlNode* p = node->parent; p; p = p->parent)
            if (p->type == XML_ELEMENT_NODE && (name_of(p) == "ul" || name_of(p) == "ol")) ++d;
        return d;
    }

    void walk(const xmlNode* first, int depth) {
        for (const xmlNode* n = first; n; n = n->next)
            walk_node(n, depth);
    }

    std::string path_;
    ImportResult& result_;
    std::vector<TextParagraph> out_;
    std::string pending_;
    std::uint32_t pending_line_ = 0;
    int pending_heading_ = 0;
    std::string pending_glyph_;
    std::size_t pending_indent_ = 0;
    std::string context_;
};

ImportResult refuse(const std::string& path, std::string message, std::string suggestion) {
    ImportResult result;
    result.diagnostics.push_back(
        {Severity::Error, "import/input", std::move(message), path, {}, std::move(suggestion), {}});
    return result;
}

} // namespace

ImportResult import_html(const std::string& path, std::string bytes) {
    if (bytes.size() > kMaxHtmlBytes)
        return refuse(path,
                      "the page is too large to import (the limit is " +
                          std::to_string(kMaxHtmlBytes >> 20) + " MB)",
                      "save the part of the page that holds the document");
    if (bytes.find('\0') != std::string::npos)
        return refuse(path, "not a web page: binary data", "check that the file is an HTML page");
    std::string copy = bytes;
    bool utf8 = !check_utf8(path, copy).has_value();
    // A page without a declared encoding that is valid UTF-8 is read as UTF-8, not Latin-1.
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(
            bytes.data(), static_cast<int>(bytes.size()), path.c_str(), utf8 ? "UTF-8" : nullptr,
            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
        xmlFreeDoc);
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return refuse(path, "the web page could not be read",
                      "check that the file is an HTML page");
    ImportResult result;
    HtmlReader reader(path, result);
    reader.read(xmlDocGetRootElement(doc.get()));
    std::vector<TextParagraph> paragraphs = reader.take();
    if (paragraphs.empty())
        return refuse(path, "the web page has no text outside its navigation and furniture",
                      "save the page that shows the document itself");
    import::build_document(
        {path, utf8 ? std::move(bytes) : std::string(), std::move(paragraphs), {}, 0, reader.title},
        result);
    return result;
}

} // namespace clerk

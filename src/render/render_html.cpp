// The page: the document's parts placed in the page template with its metadata and wording.
#include "render/render_html.hpp"

#include "model/plain_text.hpp"
#include "render/bodies.hpp"
#include "render/mustache.hpp"

#include <array>
#include <cctype>
#include <charconv>

namespace clerk::render {

namespace {

// The wording as nested template data: "statuses.draft.label" -> w.statuses.draft.label.
TemplateData wording_data(const Templates& templates) {
    TemplateData root{TemplateData::type::object};
    for (const auto& [key, value] : templates.wording) {
        TemplateData* node = &root;
        std::size_t start = 0;
        while (true) {
            std::size_t dot = key.find('.', start);
            std::string part = key.substr(start, dot == std::string::npos ? dot : dot - start);
            if (dot == std::string::npos) {
                node->set(part, value);
                break;
            }
            if (!node->get(part)) node->set(part, TemplateData{TemplateData::type::object});
            // get() hands out the stored child; kainjow has no mutable accessor.
            node = const_cast<TemplateData*>(node->get(part));
            if (!node->is_object()) break; // "a" and "a.b" both given: the text wins
            start = dot + 1;
        }
    }
    return root;
}

std::string status_word(const Templates& t, const std::string& status, const char* what) {
    std::string key = "statuses." + status + "." + what;
    if (t.wording.count(key)) return t.word(key);
    if (std::string(what) == "label") return status;
    return t.word(std::string("statuses.other.") + what);
}

} // namespace

bool is_action_plan(const Document& doc) {
    return doc.metadata.kind == "action-plan";
}

std::string html_file_name(const Document& doc, std::string_view stem) {
    std::string name(stem.empty() ? std::string_view("document") : stem);
    if (!doc.metadata.version.empty()) name += "-v" + doc.metadata.version;
    if (!doc.metadata.status.empty()) name += "-" + doc.metadata.status;
    for (char& c : name) {
        auto u = static_cast<unsigned char>(c);
        if (!std::isalnum(u) && c != '.' && c != '-' && c != '_') c = '-';
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return name + ".html";
}

std::string format_date(std::string_view iso) {
    static constexpr std::array<const char*, 12> months{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
    int y = 0, m = 0, d = 0;
    auto num = [](std::string_view s, int& out) {
        auto r = std::from_chars(s.data(), s.data() + s.size(), out);
        return r.ec == std::errc{} && r.ptr == s.data() + s.size();
    };
    if (!num(iso.substr(0, 4), y) || !num(iso.substr(5, 2), m) || !num(iso.substr(8, 2), d) ||
        m < 1 || m > 12 || d < 1 || d > 31)
        return std::string(iso);
    return std::to_string(d) + " " + months[static_cast<std::size_t>(m - 1)] + " " +
           std::to_string(y);
}

namespace {

// The values every page shares: the document's metadata, the status banner and the wording.
// Values are set only when present, so that {{#name}} ... {{/name}} shows what is there.
TemplateData page_data(const Document& doc, const Templates& templates, const std::string& title) {
    const Metadata& meta = doc.metadata;
    TemplateData data;
    auto set = [&](const std::string& key, const std::string& value) {
        if (!value.empty()) data.set(key, value);
    };
    set("title", title);
    set("council", meta.council);
    set("part", meta.part);
    set("version", meta.version);
    std::string status = meta.status.empty() ? std::string("draft") : meta.status;
    set("status", status);
    set("status_label", status_word(templates, status, "label"));
    set("date", format_date(meta.date));
    set("date_iso", meta.date);
    set("meeting", meta.meeting);
    set("logo", templates.logo);
    data.set("draft", meta.status != "adopted");
    data.set("w", wording_data(templates));
    // The banner wording is itself a template over the metadata; its draft form names the
    // meeting only when there is one.
    std::string banner_template = status_word(templates, status, "banner");
    data.set("banner", render_mustache(banner_template, data));
    data.set("screen_css", templates.screen_css);
    data.set("print_css", templates.print_css);
    return data;
}

} // namespace

std::string page_title(const Document& doc, const Templates& templates) {
    if (!doc.metadata.title.empty()) return doc.metadata.title;
    // A document without front matter usually opens with its title as a top heading.
    if (!doc.units.empty() && doc.units.front().kind == UnitKind::Preamble) {
        const Unit& preamble = doc.units.front();
        if (!preamble.blocks.empty() && preamble.blocks.front().kind == BlockKind::Heading &&
            preamble.blocks.front().level == 1) {
            std::string heading = plain_text(preamble.blocks.front().inlines);
            if (!heading.empty()) return heading;
        }
    }
    return templates.word("untitled");
}

std::string render_html(const Document& doc, const Links& links, const Templates& templates,
                        const RenderContext& context) {
    const Metadata& meta = doc.metadata;
    bool plan = is_action_plan(doc);
    PageParts parts = plan ? action_plan_parts(doc, links, templates, context)
                           : protocol_parts(doc, links, templates);
    TemplateData data = page_data(doc, templates, page_title(doc, templates));
    if (!context.source_name.empty()) data.set("source", context.source_name);
    data.set("is_action_plan", plan);
    data.set("is_protocol", !plan);
    TemplateData history{TemplateData::type::list};
    for (const HistoryEntry& h : meta.history) {
        TemplateData row;
        row.set("version", h.version);
        row.set("date", format_date(h.date));
        row.set("date_iso", h.date);
        row.set("status", status_word(templates, h.status, "label"));
        row.set("by", h.by);
        row.set("note", h.note);
        history.push_back(row);
    }
    data.set("has_history", !meta.history.empty());
    data.set("history", history);
    data.set("contents", parts.contents);
    data.set("body", parts.body);
    return render_mustache(templates.page, data);
}

std::string render_page(const Document& doc, const Templates& templates, const PageParts& parts,
                        const std::string& title, const std::string& page_class) {
    TemplateData data = page_data(doc, templates, title);
    data.set("page_class", page_class);
    data.set("has_history", false);
    data.set("contents", parts.contents);
    data.set("body", parts.body);
    return render_mustache(templates.page, data);
}

} // namespace clerk::render

#include "pack/agenda_html.hpp"

#include "pack/pack.hpp"
#include "pack/sheets.hpp"
#include "render/html_writer.hpp"

#include <fmt/format.h>

namespace clerk::pack {

namespace {

// Plain, high-contrast styles; the page has no scripts and loads nothing.
constexpr const char* kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; line-height: 1.5; color: #1b1b1b;
       background: #fff; max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
a { color: #0b4f8a; } a:focus { outline: 3px solid #f5b700; outline-offset: 2px; }
.council { font-weight: bold; font-size: 1.2rem; margin: 0; }
dl.meeting { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.meeting dt { font-weight: bold; }
ol.agenda { padding-left: 1.5rem; } ol.agenda > li { margin-bottom: .9rem; }
.item-title { font-weight: bold; } .pages { color: #444; }
ul.documents { margin: .2rem 0 0; padding-left: 1.2rem; }
@media print { a { color: inherit; text-decoration: none; } }
)";

std::string pages_text(const PageRange& range) {
    if (range.empty()) return {};
    if (range.first == range.last) return fmt::format("Page {}", range.first);
    return fmt::format("Pages {} - {}", range.first, range.last);
}

} // namespace

std::string agenda_html(const Manifest& manifest, const PagePlan& plan,
                        const std::vector<std::vector<DocumentLink>>& links,
                        const std::string& pdf_name) {
    using render::HtmlWriter;
    HtmlWriter body;
    body.open("main", {{"id", "main"}}).newline();
    body.element("p", {{"class", "council"}}, manifest.council).newline();
    body.element("h1", {}, manifest.committee).newline();
    body.open("dl", {{"class", "meeting"}}).newline();
    std::vector<std::pair<std::string, std::string>> details{{"Date", long_date(manifest.date)},
                                                             {"Time", manifest.time},
                                                             {"Place", manifest.venue},
                                                             {"Contact", manifest.contact.name},
                                                             {"Phone", manifest.contact.phone}};
    for (const auto& [label, value] : details) {
        if (value.empty()) continue;
        body.element("dt", {}, label).element("dd", {}, value).newline();
    }
    if (!manifest.contact.email.empty()) {
        std::string mailto = "mailto:" + manifest.contact.email;
        body.element("dt", {}, "Email").open("dd");
        body.element("a", {{"href", mailto}}, manifest.contact.email).close("dd").newline();
    }
    body.close("dl").newline();
    body.open("p")
        .text("The whole agenda pack as one document: ")
        .element("a", {{"href", pdf_name}},
                 fmt::format("{} (PDF, {} pages)", pdf_name, plan.total_pages))
        .close("p")
        .newline();
    body.element("h2", {}, "Agenda").newline();
    body.open("ol", {{"class", "agenda"}}).newline();
    for (std::size_t i = 0; i < manifest.items.size(); ++i) {
        const ManifestItem& item = manifest.items[i];
        body.open("li", {{"id", fmt::format("item-{}", i + 1)}});
        body.element("span", {{"class", "item-title"}}, item.title);
        PageRange range = i < plan.items.size() ? plan.items[i] : PageRange{};
        if (!range.empty())
            body.text(" ").element("span", {{"class", "pages"}},
                                   fmt::format("({})", pages_text(range)));
        if (!item.note.empty()) body.empty("br").text(item.note);
        if (i < links.size() && !links[i].empty()) {
            body.open("ul", {{"class", "documents"}});
            for (const DocumentLink& link : links[i])
                body.open("li").element("a", {{"href", link.href}}, link.title).close("li");
            body.close("ul");
        }
        body.close("li").newline();
    }
    body.close("ol").newline();
    if (!manifest.membership.empty()) {
        body.element("h2", {}, "Membership").newline();
        body.open("ul").newline();
        for (const std::string& member : manifest.membership)
            body.element("li", {}, member).newline();
        body.close("ul").newline();
    }
    body.close("main").newline();

    std::string title = fmt::format("{}: agenda", pack_title(manifest));
    return fmt::format(R"(<!DOCTYPE html>
<html lang="{}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{}</title>
<style>{}</style>
</head>
<body>
{}</body>
</html>
)",
                       render::escape_html(manifest.lang), render::escape_html(title), kStyle,
                       body.str());
}

} // namespace clerk::pack

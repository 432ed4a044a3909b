// The HTML redline, in the page template like every other page: the schedule of changes,
// then every changed unit of the new version with its deletions and insertions marked. Marks
// do not rely on colour: <del> and <ins> are struck through and underlined, and each carries
// hidden words for screen readers (the wording's "deleted:", "inserted:"). Line breaks between
// a unit's paragraphs and list items are kept, so a list does not read as one run-on sentence.
#include "diff/diff_output.hpp"
#include "diff/unit_text.hpp"
#include "model/plain_text.hpp"
#include "render/html_writer.hpp"
#include "render/mustache.hpp"
#include "render/render_html.hpp"

namespace clerk::diff {

namespace {

using render::HtmlWriter;

// Text with its line breaks kept as <br>.
void lines(HtmlWriter& w, std::string_view text) {
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find('\n', start);
        w.text(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) break;
        w.empty("br");
        start = end + 1;
    }
}

void marked_text(HtmlWriter& w, const std::vector<TextEdit>& edits,
                 const render::Templates& templates) {
    for (const TextEdit& e : edits) {
        if (e.kind == EditKind::Equal) {
            lines(w, e.text);
            continue;
        }
        bool deleted = e.kind == EditKind::Delete;
        w.open(deleted ? "del" : "ins");
        w.element("span", {{"class", "visually-hidden"}},
                  "[" + templates.word(deleted ? "redline.deleted" : "redline.inserted") + " ");
        lines(w, e.text);
        w.element("span", {{"class", "visually-hidden"}}, "]");
        w.close(deleted ? "del" : "ins");
    }
}

} // namespace

std::string write_diff_html(const DocumentDiff& diff, const Schedule& s, const DiffLabels& labels,
                            const render::Templates& templates) {
    const Document& before = *diff.before;
    const Document& after = *diff.after;
    auto word = [&](std::string_view key) { return templates.word(key); };
    auto fill = [&](std::string_view key,
                    std::initializer_list<std::pair<const char*, std::string>> values) {
        return render::fill_wording(templates.word(key), values);
    };
    std::string title = fill("redline.title", {{"title", render::page_title(after, templates)}});

    HtmlWriter contents;
    auto contents_entry = [&](const char* id, std::string_view key) {
        contents.open("li").element("a", {{"href", std::string("#") + id}}, word(key)).close("li");
        contents.newline();
    };
    HtmlWriter body;
    body.open("div", {{"class", "redline"}});
    body.element("p", {},
                 fill("redline.from_to", {{"old", labels.old_name}, {"new", labels.new_name}}));
    body.element("p", {}, fill("redline.summary", {{"summary", summary_line(s, diff)}}));
    if (diff.identical()) {
        body.element("p", {}, word("redline.no_changes"));
    } else {
        contents_entry("schedule", "redline.schedule");
        body.element("h2", {{"id", "schedule"}, {"tabindex", "-1"}}, word("redline.schedule"));
        body.element("p", {{"class", "scroll-hint"}, {"aria-hidden", "true"}}, word("scroll_hint"));
        body.open("div", {{"class", "table-wrap"}}).open("table").open("thead").open("tr");
        for (const char* h :
             {"redline.old", "redline.new", "redline.change", "redline.what_changed"})
            body.element("th", {{"scope", "col"}}, word(h));
        body.close("tr").close("thead").open("tbody").newline();
        for (std::size_t n = 0; n < s.rows.size(); ++n) {
            const ScheduleRow& row = s.rows[n];
            body.open("tr");
            body.element("td", {}, row.old_number.empty() ? "–" : row.old_number);
            body.element("td", {}, row.new_number.empty() ? "–" : row.new_number);
            body.open("td");
            if (row.renumbering)
                body.text(row.change);
            else
                body.element("a", {{"href", "#" + change_anchor(n)}}, row.change);
            body.close("td");
            body.element("td", {}, row.summary);
            body.close("tr").newline();
        }
        body.close("tbody").close("table").close("div").newline();

        contents_entry("redline", "redline.in_full");
        body.element("h2", {{"id", "redline"}, {"tabindex", "-1"}}, word("redline.in_full"));
        std::vector<std::string> anchors(diff.changes.size());
        for (std::size_t n = 0; n < s.rows.size(); ++n)
            if (!s.rows[n].renumbering) anchors[s.rows[n].first_change] = change_anchor(n);
        for (std::size_t k = 0; k < diff.changes.size(); ++k) {
            const UnitChange& c = diff.changes[k];
            if (!c.substantive()) continue;
            std::string now = c.removed() ? "" : unit_label(after, c.new_unit);
            std::string was = c.added() ? "" : unit_label(before, c.old_unit);
            std::string heading = c.added()     ? fill("redline.added", {{"unit", now}})
                                  : c.removed() ? fill("redline.removed", {{"unit", was}})
                                  : now == was
                                      ? now
                                      : fill("redline.renumbered", {{"unit", now}, {"was", was}});
            body.open("section", {{"class", "unit-change"}});
            if (!anchors[k].empty())
                body.element("h3", {{"id", anchors[k]}, {"tabindex", "-1"}}, heading);
            else
                body.element("h3", {}, heading);
            body.open("p");
            if (c.added())
                marked_text(body, {{EditKind::Insert, unit_lines(after, c.new_unit)}}, templates);
            else if (c.removed())
                marked_text(body, {{EditKind::Delete, unit_lines(before, c.old_unit)}}, templates);
            else if (c.amended)
                marked_text(body, c.edits, templates);
            else
                body.text(word("redline.moved"));
            body.close("p").close("section").newline();
        }
        if (!s.drifts.empty()) {
            contents_entry("drift", "redline.drift");
            body.element("h2", {{"id", "drift"}, {"tabindex", "-1"}}, word("redline.drift"));
            body.open("ul");
            for (const std::string& d : s.drifts)
                body.element("li", {}, d + ".");
            body.close("ul");
        }
    }
    body.close("div");
    return render::render_page(after, templates, {contents.str(), body.str()}, title,
                               "page-redline");
}

} // namespace clerk::diff

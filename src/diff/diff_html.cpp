// The HTML redline: the render's stylesheets, a change list, then every changed unit of
// the new version with its deletions and insertions marked. Marks do not rely on colour:
// <del> and <ins> are struck through and underlined, and each carries hidden words for
// screen readers ("deleted:", "inserted:").
#include "diff/diff_output.hpp"
#include "model/plain_text.hpp"
#include "render/html_writer.hpp"

#include <fmt/format.h>

namespace clerk::diff {

namespace {

using render::HtmlWriter;

// Styles of the redline itself, added after the council's screen stylesheet.
constexpr std::string_view kRedlineStyles = R"(
.redline del { text-decoration: line-through; background: #fde8e8; color: #7a1010; }
.redline ins { text-decoration: underline; background: #e6f4ea; color: #0b4a1e; }
.redline .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.redline .change-kind { font-weight: 600; }
.redline table { border-collapse: collapse; width: 100%; }
.redline th, .redline td { border: 1px solid #b1b4b6; padding: .4em .6em; text-align: left;
  vertical-align: top; }
.redline .unit-change { margin: 1.5em 0; }
main.redline { display: block; max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
)";

void marked_text(HtmlWriter& w, const std::vector<TextEdit>& edits) {
    for (const TextEdit& e : edits) {
        if (e.kind == EditKind::Equal) {
            w.text(e.text);
            continue;
        }
        bool deleted = e.kind == EditKind::Delete;
        w.open(deleted ? "del" : "ins");
        w.element("span", {{"class", "visually-hidden"}}, deleted ? "[deleted: " : "[inserted: ");
        w.text(e.text);
        w.element("span", {{"class", "visually-hidden"}}, "]");
        w.close(deleted ? "del" : "ins");
    }
}

std::string anchor(std::size_t row) {
    return fmt::format("change-{}", row + 1);
}

// A unit's title and own text, as the redline shows an added or removed unit.
std::string whole_text(const Document& doc, UnitIndex u) {
    const Unit& unit = doc.units[static_cast<std::size_t>(u)];
    std::string body = plain_text(unit);
    return unit.title.empty() ? body : body.empty() ? unit.title : unit.title + " — " + body;
}

} // namespace

std::string write_diff_html(const DocumentDiff& diff, const Schedule& s, const DiffLabels& labels,
                            const render::Templates& templates) {
    const Document& before = *diff.before;
    const Document& after = *diff.after;
    std::string title = after.metadata.title.empty() ? "Document" : after.metadata.title;

    HtmlWriter body;
    body.open("header", {{"class", "masthead"}}).open("div", {{"class", "masthead-inner"}});
    if (!after.metadata.council.empty())
        body.element("p", {{"class", "council"}}, after.metadata.council);
    body.element("h1", {}, "Changes to " + title);
    body.close("div").close("header").newline();

    body.open("main", {{"id", "main"}, {"class", "redline"}, {"tabindex", "-1"}});
    body.element("p", {}, fmt::format("From {} to {}.", labels.old_name, labels.new_name));
    body.element("p", {}, "In summary: " + summary_line(s, diff) + ".");
    if (diff.identical()) {
        body.element("p", {}, "There are no changes: the two versions are the same.");
    } else {
        body.element("h2", {{"id", "schedule"}}, "Schedule of changes");
        body.open("table").open("thead").open("tr");
        for (const char* h : {"Old", "New", "Change", "What changed"})
            body.element("th", {{"scope", "col"}}, h);
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
                body.element("a", {{"href", "#" + anchor(n)}}, row.change);
            body.close("td");
            body.element("td", {}, row.summary);
            body.close("tr").newline();
        }
        body.close("tbody").close("table").newline();

        body.element("h2", {{"id", "redline"}}, "The changes in full");
        std::vector<std::string> anchors(diff.changes.size());
        for (std::size_t n = 0; n < s.rows.size(); ++n)
            if (!s.rows[n].renumbering) anchors[s.rows[n].first_change] = anchor(n);
        for (std::size_t k = 0; k < diff.changes.size(); ++k) {
            const UnitChange& c = diff.changes[k];
            if (!c.substantive()) continue;
            std::string now = c.removed() ? "" : unit_label(after, c.new_unit);
            std::string was = c.added() ? "" : unit_label(before, c.old_unit);
            std::string heading = c.added()     ? now + " (added)"
                                  : c.removed() ? was + " (removed)"
                                  : now == was  ? now
                                                : now + " (was " + was + ")";
            body.open("section", {{"class", "unit-change"}});
            if (!anchors[k].empty())
                body.element("h3", {{"id", anchors[k]}, {"tabindex", "-1"}}, heading);
            else
                body.element("h3", {}, heading);
            body.open("p");
            if (c.added())
                marked_text(body, {{EditKind::Insert, whole_text(after, c.new_unit)}});
            else if (c.removed())
                marked_text(body, {{EditKind::Delete, whole_text(before, c.old_unit)}});
            else if (c.amended)
                marked_text(body, c.edits);
            else
                body.text("Moved; the words are unchanged.");
            body.close("p").close("section").newline();
        }
        if (!s.drifts.empty()) {
            body.element("h2", {{"id", "drift"}}, "Provisions that no longer match");
            body.open("ul");
            for (const std::string& d : s.drifts)
                body.element("li", {}, d + ".");
            body.close("ul");
        }
    }
    body.close("main");

    std::string page = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                       "'none'; style-src 'unsafe-inline'; img-src data:\">\n";
    page += "<title>" + render::escape_html("Changes to " + title) + "</title>\n";
    page += "<style>\n" + templates.screen_css + std::string(kRedlineStyles) + "</style>\n";
    page += "<style media=\"print\">\n" + templates.print_css + "</style>\n</head>\n<body>\n";
    page += "<a class=\"skip-link\" href=\"#main\">Skip to the changes</a>\n";
    page += body.str() + "\n</body>\n</html>\n";
    return page;
}

} // namespace clerk::diff

#include "pdf/diff_pdf.hpp"

#include "diff/unit_text.hpp"
#include "model/plain_text.hpp"
#include "pdf/produce.hpp"
#include "render/mustache.hpp"
#include "render/render_html.hpp"

namespace clerk::pdf {

namespace {

void add_edits(RichText& out, const std::vector<diff::TextEdit>& edits) {
    for (const diff::TextEdit& e : edits) {
        if (e.kind == diff::EditKind::Equal)
            out.add(e.text);
        else
            out.add_mark(e.text, e.kind == diff::EditKind::Delete ? Mark::Deleted : Mark::Inserted);
    }
}

class DiffFlow {
  public:
    DiffFlow(FlowBuilder& b, const diff::DocumentDiff& diff, const diff::Schedule& s,
             const diff::DiffLabels& labels)
        : b_(b), diff_(diff), s_(s), labels_(labels) {}

    void build() {
        const Document& after = *diff_.after;
        Flow& flow = b_.flow();
        double w = b_.width();
        flow.open("Document");
        if (!after.metadata.council.empty()) {
            TextItem t(b_.block(after.metadata.council, Role::Council, w));
            t.tag = "P";
            flow.text(std::move(t));
        }
        std::string title = render::page_title(after, b_.style().templates);
        TextItem h1(b_.block(fill("redline.title", {{"title", title}}), Role::Title, w));
        h1.tag = "H1";
        h1.space_before = 8;
        h1.space_after = 14;
        h1.rule_below = b_.style().banner_rule;
        flow.text(std::move(h1));
        paragraph(fill("redline.from_to", {{"old", labels_.old_name}, {"new", labels_.new_name}}));
        paragraph(fill("redline.summary", {{"summary", diff::summary_line(s_, diff_)}}));
        if (diff_.identical()) {
            paragraph(b_.word("redline.no_changes"));
            flow.close();
            return;
        }
        schedule();
        flow.page_break();
        redline();
        flow.close();
    }

  private:
    void paragraph(const std::string& text) {
        TextItem t(b_.block(text, Role::Body, b_.width()));
        t.tag = "P";
        t.space_after = b_.style().paragraph_space;
        b_.flow().text(std::move(t));
    }

    void heading(const std::string& text, int level, const std::string& destination) {
        TextItem t(b_.block(text, level == 2 ? Role::H1 : Role::H3, b_.width()));
        t.tag = level == 2 ? "H2" : "H3";
        t.keep_with_next = true;
        t.space_before = b_.style().heading_space * (level == 2 ? 1.0 : 0.6);
        t.space_after = level == 2 ? 6 : 3;
        FlowEntry& e = b_.flow().text(std::move(t));
        if (!destination.empty()) {
            e.destinations = {destination};
            e.outline = text;
            e.outline_level = level - 1;
        }
    }

    RowItem row(const std::vector<RichText>& cells, bool header) {
        static const double shares[] = {0.11, 0.11, 0.17, 0.61};
        RowItem r;
        r.header = header;
        r.repeat_header = header ? -1 : header_;
        double x = 0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            Cell c;
            c.x = x;
            c.width = b_.width() * shares[i];
            x += c.width;
            c.tag = header ? "TH" : "TD";
            if (header) c.background = b_.style().table_header;
            c.texts.emplace_back(b_.block(cells[i], header ? Role::TableHead : Role::Table,
                                          c.width - 2 * kCellPadding));
            r.cells.push_back(std::move(c));
        }
        return r;
    }

    static RichText plain(const std::string& text) {
        RichText r;
        r.add(text.empty() ? "–" : text);
        return r;
    }

    void schedule() {
        Flow& flow = b_.flow();
        flow.open("Sect");
        heading(b_.word("redline.schedule"), 2, "schedule");
        flow.open("Table");
        header_ =
            flow.row(row({plain(b_.word("redline.old")), plain(b_.word("redline.new")),
                          plain(b_.word("redline.change")), plain(b_.word("redline.what_changed"))},
                         true));
        for (std::size_t n = 0; n < s_.rows.size(); ++n) {
            const diff::ScheduleRow& r = s_.rows[n];
            RichText change;
            if (r.renumbering)
                change.add(r.change);
            else
                change.add_link(r.change, dest_link(diff::change_anchor(n)));
            flow.row(
                row({plain(r.old_number), plain(r.new_number), change, plain(r.summary)}, false));
        }
        flow.close();
        if (!s_.consequential.empty()) {
            heading("References updated by the renumbering", 3, "consequential");
            for (const diff::ConsequentialRow& c : s_.consequential)
                paragraph(c.unit + ": " + c.summary);
        }
        flow.close();
    }

    void redline() {
        Flow& flow = b_.flow();
        const Document& before = *diff_.before;
        const Document& after = *diff_.after;
        flow.open("Sect");
        heading(b_.word("redline.in_full"), 2, "redline");
        std::vector<std::string> anchors(diff_.changes.size());
        for (std::size_t n = 0; n < s_.rows.size(); ++n)
            if (!s_.rows[n].renumbering) anchors[s_.rows[n].first_change] = diff::change_anchor(n);
        for (std::size_t k = 0; k < diff_.changes.size(); ++k) {
            const diff::UnitChange& c = diff_.changes[k];
            if (!c.substantive()) continue;
            std::string now = c.removed() ? "" : diff::unit_label(after, c.new_unit);
            std::string was = c.added() ? "" : diff::unit_label(before, c.old_unit);
            std::string title = c.added()     ? fill("redline.added", {{"unit", now}})
                                : c.removed() ? fill("redline.removed", {{"unit", was}})
                                : now == was
                                    ? now
                                    : fill("redline.renumbered", {{"unit", now}, {"was", was}});
            TextItem h(b_.block(title, Role::H3, b_.width()));
            h.tag = "H3";
            h.keep_with_next = true;
            h.space_before = b_.style().heading_space * 0.6;
            h.space_after = 3;
            FlowEntry& e = flow.text(std::move(h));
            if (!anchors[k].empty()) e.destinations = {anchors[k]};
            RichText text;
            if (c.added())
                text.add_mark(diff::unit_lines(after, c.new_unit), Mark::Inserted);
            else if (c.removed())
                text.add_mark(diff::unit_lines(before, c.old_unit), Mark::Deleted);
            else if (c.amended)
                add_edits(text, c.edits);
            else
                text.add(b_.word("redline.moved"));
            TextItem t(b_.block(std::move(text), Role::Body, b_.width()));
            t.tag = "P";
            t.space_after = b_.style().paragraph_space;
            flow.text(std::move(t));
        }
        flow.close();
        if (!s_.drifts.empty()) {
            flow.open("Sect");
            heading(b_.word("redline.drift"), 2, "drift");
            for (const std::string& d : s_.drifts)
                paragraph(d + ".");
            flow.close();
        }
    }

    std::string fill(std::string_view key,
                     std::initializer_list<std::pair<const char*, std::string>> values) const {
        return render::fill_wording(b_.word(key), values);
    }

    FlowBuilder& b_;
    const diff::DocumentDiff& diff_;
    const diff::Schedule& s_;
    const diff::DiffLabels& labels_;
    int header_ = -1;
};

} // namespace

PdfOutput render_diff_pdf(const diff::DocumentDiff& diff, const diff::Schedule& schedule,
                          const diff::DiffLabels& labels, const PdfStyle& style) {
    const Document& after = *diff.after;
    std::string title =
        render::fill_wording(style.templates.word("redline.title"),
                             {{"title", render::page_title(after, style.templates)}});
    Production production{after, title, false};
    return produce_pdf(production, style, PdfContext{},
                       [&](FlowBuilder& builder, const std::map<std::string, std::string>&) {
                           DiffFlow(builder, diff, schedule, labels).build();
                       });
}

} // namespace clerk::pdf

// An action plan: the committee's table on landscape pages. Each family (a numbered
// top-level section with **Lead:** and **Aim:** paragraphs) opens with a full-width row; each
// outcome (a numbered clause) is a row with its recommendations (the list after it) and the
// protocol clauses they cite, linked into the protocol's PDF.
#include "model/plain_text.hpp"
#include "pdf/document_flows.hpp"
#include "render/anchors.hpp"

#include <algorithm>

namespace clerk::pdf {

namespace {

// "**Lead:** Sue Putt" -> ("Lead", inlines after the label); nullopt for other paragraphs.
std::optional<std::pair<std::string, std::vector<Inline>>> labelled(const Block& block) {
    if (block.kind != BlockKind::Paragraph || block.inlines.empty()) return std::nullopt;
    const Inline& first = block.inlines.front();
    if (first.kind != InlineKind::Strong) return std::nullopt;
    std::string written = plain_text(first.children);
    std::string label = written;
    while (!label.empty() && (label.back() == ' ' || label.back() == ':'))
        label.pop_back();
    std::vector<Inline> rest(block.inlines.begin() + 1, block.inlines.end());
    bool colon = written.find(':') != std::string::npos;
    if (!colon && !rest.empty() && rest.front().kind == InlineKind::Text &&
        rest.front().text.rfind(":", 0) == 0) {
        colon = true;
        rest.front().text.erase(0, 1);
    }
    if (!colon || label.empty()) return std::nullopt;
    if (!rest.empty() && rest.front().kind == InlineKind::Text) {
        std::string& t = rest.front().text;
        std::size_t keep = t.find_first_not_of(' ');
        t.erase(0, keep == std::string::npos ? t.size() : keep);
    }
    return std::make_pair(label, std::move(rest));
}

class ActionPlanFlow {
  public:
    ActionPlanFlow(FlowBuilder& b, const FlowInput& in)
        : b_(b), in_(in), doc_(in.doc), anchors_(render::unit_anchors(in.doc)),
          protocol_anchors_(in.context.protocol ? render::unit_anchors(*in.context.protocol)
                                                : std::vector<std::string>{}),
          inlines_(in.doc, in.links, anchors_,
                   [this](const ReferenceTarget& t) { return protocol_link(t.id); }) {
        double w = b.width();
        columns_ = {0, w * 0.36, w * 0.80, w};
    }

    void build() {
        Flow& flow = b_.flow();
        flow.open("Document");
        b_.title_block(doc_);
        for (UnitIndex root : doc_.roots)
            if (at(root).kind == UnitKind::Preamble)
                b_.blocks(inlines_, root, at(root).blocks, 0, 2);
        flow.open("Table");
        RowItem head;
        head.header = true;
        int i = 0;
        for (const char* key : {"outcome", "recommendations", "linked_clauses"}) {
            Cell c = cell(i++, "TH");
            c.background = b_.style().table_header;
            add_text(c, b_.word(std::string("action_plan.") + key), Role::TableHead);
            head.cells.push_back(std::move(c));
        }
        header_ = flow.row(std::move(head));
        for (UnitIndex root : doc_.roots)
            if (at(root).kind != UnitKind::Preamble) family(root);
        flow.close();
        b_.document_control(doc_);
        flow.close();
    }

  private:
    const Unit& at(UnitIndex u) const { return doc_.units[static_cast<std::size_t>(u)]; }

    std::string protocol_link(const std::string& id) const {
        const Document* protocol = in_.context.protocol;
        if (!protocol) return {};
        UnitIndex u = protocol->find(id);
        if (u == kNoUnit) return {};
        const std::string& anchor = protocol_anchors_[static_cast<std::size_t>(u)];
        return in_.context.protocol_file.empty() ? uri_link("#" + anchor)
                                                 : file_link(in_.context.protocol_file, anchor);
    }

    Cell cell(int column, const char* tag) const {
        Cell c;
        c.x = columns_[static_cast<std::size_t>(column)];
        c.width = columns_[static_cast<std::size_t>(column) + 1] - c.x;
        c.tag = tag;
        return c;
    }

    void add_text(Cell& c, RichText text, Role role, double before = 0) {
        CellText t(b_.block(std::move(text), role, c.width - 2 * kCellPadding));
        t.space_before = before;
        c.texts.push_back(std::move(t));
    }
    void add_text(Cell& c, const std::string& text, Role role) {
        RichText r;
        r.add(text);
        add_text(c, std::move(r), role);
    }

    RowItem body_row() const {
        RowItem row;
        row.repeat_header = header_;
        return row;
    }

    void family(UnitIndex f) {
        const Unit& unit = at(f);
        RowItem row = body_row();
        Cell c;
        c.x = 0;
        c.width = b_.width();
        c.tag = "TH";
        c.background = b_.style().banner;
        RichText name;
        name.add((unit.number.empty() ? "" : unit.number + " ") + unit.title, Face::Bold);
        add_text(c, std::move(name), Role::Body);
        std::vector<Block> other;
        bool lead = false;
        for (const Block& block : unit.blocks) {
            auto l = labelled(block);
            if (!l) {
                other.push_back(block);
                continue;
            }
            lead = lead || l->first == "Lead";
            RichText detail;
            detail.add(l->first + ": ", Face::Bold);
            inlines_.append(detail, f, l->second);
            add_text(c, std::move(detail), Role::Table, 2);
        }
        if (!lead) {
            RichText none;
            none.add(b_.word("action_plan.lead") + ": ", Face::Bold);
            none.add(b_.word("action_plan.no_lead"), Face::Italic);
            add_text(c, std::move(none), Role::Table, 2);
        }
        for (const Block& block : other) {
            RichText more;
            inlines_.append(more, f, block.inlines);
            if (!more.text.empty()) add_text(c, std::move(more), Role::Table, 2);
        }
        row.cells.push_back(std::move(c));
        row.space_before = 0;
        int index = b_.flow().row(std::move(row));
        FlowEntry& e = b_.flow().entries.back();
        e.destinations = {anchors_[static_cast<std::size_t>(f)]};
        e.outline = (unit.number.empty() ? "" : unit.number + " ") + unit.title;
        e.outline_level = 1;
        (void)index;
        for (UnitIndex o : unit.children)
            outcome(o);
    }

    void outcome(UnitIndex o) {
        const Unit& unit = at(o);
        RowItem row = body_row();
        std::size_t first_list = unit.blocks.size();
        for (std::size_t i = 0; i < unit.blocks.size(); ++i)
            if (unit.blocks[i].kind == BlockKind::BulletList ||
                unit.blocks[i].kind == BlockKind::OrderedList) {
                first_list = i;
                break;
            }
        Cell text = cell(0, "TD");
        RichText own;
        own.add(unit.number + " ", Face::Bold);
        for (std::size_t i = 0; i < first_list; ++i) {
            if (i > 0) own.add("\xe2\x80\xa8");
            inlines_.append(own, o, unit.blocks[i].inlines);
        }
        add_text(text, std::move(own), Role::Table);
        for (UnitIndex child : unit.children) {
            RichText sub;
            sub.add(at(child).number + " ", Face::Bold);
            if (!at(child).blocks.empty())
                inlines_.append(sub, child, at(child).blocks.front().inlines);
            add_text(text, std::move(sub), Role::Table, 3);
        }
        row.cells.push_back(std::move(text));

        Cell recs = cell(1, "TD");
        for (std::size_t i = first_list; i < unit.blocks.size(); ++i) {
            const Block& list = unit.blocks[i];
            if (list.kind != BlockKind::BulletList && list.kind != BlockKind::OrderedList) {
                RichText para;
                inlines_.append(para, o, list.inlines);
                if (!para.text.empty()) add_text(recs, std::move(para), Role::Table, 2);
                continue;
            }
            int number = list.start;
            for (std::size_t k = 0; k < list.children.size(); ++k) {
                const Block& item = list.children[k];
                RichText body;
                for (const Block& child : item.children)
                    if (!child.inlines.empty()) {
                        if (!body.text.empty()) body.add("\xe2\x80\xa8");
                        inlines_.append(body, o, child.inlines);
                    }
                std::string label = list.kind == BlockKind::OrderedList
                                        ? std::to_string(number++) + "."
                                        : std::string("\xe2\x80\xa2");
                CellText t(
                    b_.block(std::move(body), Role::Table, recs.width - 2 * kCellPadding - 12),
                    b_.label_block(label, Role::Table, 12));
                t.x = 12;
                t.space_before = k == 0 ? 0 : 2;
                t.label_tag = "Lbl";
                t.body_tag = "LBody";
                t.opens =
                    k == 0 ? std::vector<std::string>{"L", "LI"} : std::vector<std::string>{"LI"};
                t.closes = k + 1 == list.children.size() ? 2 : 1;
                recs.texts.push_back(std::move(t));
            }
        }
        row.cells.push_back(std::move(recs));

        Cell cited = cell(2, "TD");
        RichText clauses;
        std::vector<std::string> seen;
        for (const Reference& ref : in_.links.references) {
            if (ref.from != o || ref.kind != ReferenceKind::Internal) continue;
            for (const ReferenceTarget& t : ref.targets) {
                std::string link = protocol_link(t.id);
                if (link.empty() || std::find(seen.begin(), seen.end(), link) != seen.end())
                    continue;
                seen.push_back(link);
                UnitIndex u = in_.context.protocol->find(t.id);
                if (!clauses.text.empty()) clauses.add(", ");
                clauses.add_link(
                    render::unit_label(in_.context.protocol->units[static_cast<std::size_t>(u)]),
                    link);
            }
        }
        if (clauses.text.empty()) clauses.add(b_.word("action_plan.no_links"), Face::Italic);
        add_text(cited, std::move(clauses), Role::Table);
        row.cells.push_back(std::move(cited));
        b_.flow().row(std::move(row));
        b_.flow().entries.back().destinations = {anchors_[static_cast<std::size_t>(o)]};
    }

    FlowBuilder& b_;
    const FlowInput& in_;
    const Document& doc_;
    std::vector<std::string> anchors_;
    std::vector<std::string> protocol_anchors_;
    InlineText inlines_;
    std::vector<double> columns_;
    int header_ = -1;
};

} // namespace

void action_plan_flow(FlowBuilder& builder, const FlowInput& input) {
    ActionPlanFlow(builder, input).build();
}

} // namespace clerk::pdf

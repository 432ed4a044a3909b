// A protocol: sections as headings (numbers in the hanging column), clauses with their
// numbers in the same column, "Referred to in" and "Also stated in" under a unit.
#include "pdf/document_flows.hpp"
#include "render/anchors.hpp"

#include <algorithm>

namespace clerk::pdf {

namespace {

bool is_heading_unit(const Unit& unit) {
    return unit.kind == UnitKind::Section || unit.kind == UnitKind::Appendix;
}

class ProtocolFlow {
  public:
    ProtocolFlow(FlowBuilder& b, const FlowInput& in)
        : b_(b), in_(in), doc_(in.doc), anchors_(render::unit_anchors(in.doc)),
          inlines_(in.doc, in.links, anchors_, [this](const ReferenceTarget& t) {
              return t.unit == kNoUnit ? std::string{} : inlines_.unit_link(t.unit);
          }) {}

    void build() {
        Flow& flow = b_.flow();
        flow.open("Document");
        b_.title_block(doc_);
        std::vector<ContentsEntry> entries;
        for (UnitIndex root : doc_.roots)
            contents(root, 0, entries);
        if (!entries.empty()) b_.contents(entries, in_.pages, !doc_.metadata.history.empty());
        flow.page_break();
        for (UnitIndex root : doc_.roots)
            unit(root, 2);
        b_.document_control(doc_);
        flow.close();
    }

  private:
    const Unit& at(UnitIndex u) const { return doc_.units[static_cast<std::size_t>(u)]; }
    const std::string& anchor(UnitIndex u) const { return anchors_[static_cast<std::size_t>(u)]; }
    bool numbered(const Unit& unit) const { return !unit.number.empty() && !unit.explicit_id; }

    void contents(UnitIndex u, int depth, std::vector<ContentsEntry>& out) {
        const Unit& unit = at(u);
        if (!is_heading_unit(unit)) return;
        bool appendix = unit.kind == UnitKind::Appendix;
        std::string title = unit.title;
        std::string label = numbered(unit) && !appendix ? unit.number : std::string{};
        if (appendix && !unit.number.empty())
            title = unit.title.empty() ? unit.number : unit.number + " – " + unit.title;
        out.push_back({label, title, anchor(u), depth});
        if (depth < 1)
            for (UnitIndex c : unit.children)
                contents(c, depth + 1, out);
    }

    void heading(UnitIndex u, int level) {
        const Unit& unit = at(u);
        Role role = level <= 2 ? Role::H1 : level == 3 ? Role::H2 : Role::H3;
        double hang = b_.style().clause_number_width;
        bool appendix = unit.kind == UnitKind::Appendix;
        std::string title = unit.title;
        if (appendix && !unit.number.empty())
            title = unit.title.empty() ? unit.number : unit.number + " – " + unit.title;
        bool label = numbered(unit) && !appendix;
        // An unnumbered heading inside a section (a "Quick Guide") starts where its numbered
        // neighbours' titles do; a top-level one (an appendix) at the margin.
        bool in_title_column = label || level > 2;
        TextItem t(b_.block(title, role, b_.width() - (in_title_column ? hang : 0)));
        if (label) t.label = b_.label_block(unit.number, role, hang);
        if (in_title_column) t.x = hang;
        t.tag = std::string("H") + std::to_string(std::min(level, 6));
        t.keep_with_next = true;
        t.space_before = b_.style().heading_space * (level <= 2 ? 1.0 : 0.7);
        t.space_after = level <= 2 ? 6 : 4;
        FlowEntry& e = b_.flow().text(std::move(t));
        e.destinations = {anchor(u)};
        e.outline = label ? unit.number + " " + title : title;
        e.outline_level = level - 1;
    }

    // "Referred to in 9.1.15" and "Also stated in 9.3.5", as on the HTML page.
    void cross_links(UnitIndex u, double x) {
        std::vector<UnitIndex> referrers;
        for (int r : in_.links.backlinks[static_cast<std::size_t>(u)]) {
            UnitIndex from = in_.links.references[static_cast<std::size_t>(r)].from;
            if (from != u && from != kNoUnit &&
                std::find(referrers.begin(), referrers.end(), from) == referrers.end())
                referrers.push_back(from);
        }
        std::vector<UnitIndex> parallels;
        for (UnitIndex p : in_.links.parallels_of(u))
            if (std::find(parallels.begin(), parallels.end(), p) == parallels.end())
                parallels.push_back(p);
        auto line = [&](const std::string& label, const std::vector<UnitIndex>& units) {
            if (units.empty()) return;
            RichText text;
            text.add(label + " ", Face::Italic);
            for (std::size_t i = 0; i < units.size(); ++i) {
                if (i > 0) text.add(", ");
                text.add_link(render::unit_label(at(units[i])), inlines_.unit_link(units[i]));
            }
            TextItem t(b_.block(std::move(text), Role::Muted, b_.width() - x));
            t.x = x;
            t.tag = "P";
            t.space_after = 3;
            b_.flow().text(std::move(t));
        };
        line(b_.word("referred_to_in"), referrers);
        line(b_.word("also_stated_in"), parallels);
    }

    void unit(UnitIndex u, int level) {
        const Unit& unit = at(u);
        double hang = b_.style().clause_number_width;
        Flow& flow = b_.flow();
        switch (unit.kind) {
        case UnitKind::Preamble:
            b_.blocks(inlines_, u, unit.blocks, 0, level);
            break;
        case UnitKind::Section:
        case UnitKind::Appendix:
            flow.open("Sect");
            heading(u, level);
            cross_links(u, hang);
            b_.blocks(inlines_, u, unit.blocks, hang, level + 1);
            break;
        case UnitKind::Clause: {
            std::size_t first = 0;
            RichText text;
            if (!unit.blocks.empty() && unit.blocks.front().kind == BlockKind::Paragraph) {
                inlines_.append(text, u, unit.blocks.front().inlines);
                first = 1;
            }
            TextItem t(b_.block(std::move(text), Role::Body, b_.width() - hang));
            t.label = b_.label_block(unit.number, Role::Body, hang);
            t.x = hang;
            t.tag = "P";
            t.space_after = b_.style().paragraph_space;
            FlowEntry& e = flow.text(std::move(t));
            e.destinations = {anchor(u)};
            b_.blocks(inlines_, u, unit.blocks, hang, level, first);
            cross_links(u, hang);
            break;
        }
        }
        for (UnitIndex child : unit.children)
            this->unit(child, is_heading_unit(unit) ? level + 1 : level);
        if (is_heading_unit(unit)) flow.close();
    }

    FlowBuilder& b_;
    const FlowInput& in_;
    const Document& doc_;
    std::vector<std::string> anchors_;
    InlineText inlines_;
};

} // namespace

void protocol_flow(FlowBuilder& builder, const FlowInput& input) {
    ProtocolFlow(builder, input).build();
}

} // namespace clerk::pdf

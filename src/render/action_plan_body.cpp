// An action plan page: the table the committee sees. Each family (a numbered top-level
// section with **Lead:** and **Aim:** paragraphs) is a group of rows; each outcome (a
// numbered clause) is a row with its recommendations (the bullet list after it) and the
// protocol clauses they cite.
#include "model/plain_text.hpp"
#include "render/anchors.hpp"
#include "render/bodies.hpp"

#include <algorithm>

namespace clerk::render {

namespace {

/// A paragraph that opens with a bold label: "**Lead:** Sue Putt".
struct Labelled {
    std::string label; ///< "Lead", lower-cased for comparison in `key`
    std::string key;
    std::vector<Inline> value;
};

std::optional<Labelled> labelled(const Block& block) {
    if (block.kind != BlockKind::Paragraph || block.inlines.empty()) return std::nullopt;
    const Inline& first = block.inlines.front();
    if (first.kind != InlineKind::Strong) return std::nullopt;
    std::string label = plain_text(first.children);
    while (!label.empty() && (label.back() == ' ' || label.back() == ':'))
        label.pop_back();
    std::string written = plain_text(first.children);
    bool colon = written.find(':') != std::string::npos;
    std::vector<Inline> rest(block.inlines.begin() + 1, block.inlines.end());
    if (!colon && !rest.empty() && rest.front().kind == InlineKind::Text &&
        rest.front().text.rfind(":", 0) == 0) {
        colon = true;
        rest.front().text.erase(0, 1);
    }
    if (!colon || label.empty()) return std::nullopt;
    // Drop the space after the label.
    if (!rest.empty() && rest.front().kind == InlineKind::Text) {
        std::string& t = rest.front().text;
        t.erase(0, t.find_first_not_of(' ') == std::string::npos ? t.size()
                                                                 : t.find_first_not_of(' '));
    }
    std::string key = label;
    for (char& c : key)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return Labelled{label, key, std::move(rest)};
}

class ActionPlanWriter {
  public:
    ActionPlanWriter(const Document& doc, const Links& links, const Templates& templates,
                     const RenderContext& context)
        : doc_(doc), links_(links), templates_(templates), context_(context),
          anchors_(unit_anchors(doc)),
          protocol_anchors_(context.protocol ? unit_anchors(*context.protocol)
                                             : std::vector<std::string>{}),
          content_(doc, links, templates, anchors_,
                   [this](const ReferenceTarget& t) { return protocol_href(t.id); }) {}

    PageParts write() {
        table();
        PageParts parts;
        parts.body = body_.str();
        for (UnitIndex root : doc_.roots) {
            const Unit& family = at(root);
            if (family.kind == UnitKind::Preamble) continue;
            contents_.open("li").open("a", {{"href", content_.href(root)}});
            if (!family.number.empty())
                contents_.element("span", {{"class", "num"}}, family.number).text(" ");
            contents_.element("span", {{"class", "title"}}, family.title);
            contents_.close("a").close("li").newline();
        }
        parts.contents = contents_.str();
        return parts;
    }

  private:
    const Unit& at(UnitIndex u) const { return doc_.units[static_cast<std::size_t>(u)]; }

    // The protocol page's link for a clause ID, or "" when the protocol has no such unit.
    std::string protocol_href(const std::string& id) const {
        if (!context_.protocol) return {};
        UnitIndex u = context_.protocol->find(id);
        if (u == kNoUnit) return {};
        return context_.protocol_page + "#" + protocol_anchors_[static_cast<std::size_t>(u)];
    }

    void table() {
        // Content before the first family (an introduction) stays above the table.
        for (UnitIndex root : doc_.roots)
            if (at(root).kind == UnitKind::Preamble)
                content_.blocks(body_, root, at(root).blocks, 2);
        std::string caption = templates_.word("action_plan.caption");
        // Shown only where the table is wider than the screen (see screen.css).
        body_.element("p", {{"class", "scroll-hint"}, {"aria-hidden", "true"}},
                      templates_.word("scroll_hint"));
        body_
            .open("div", {{"class", "table-wrap plan-wrap"},
                          {"role", "region"},
                          {"aria-labelledby", "plan-caption"},
                          {"tabindex", "0"}})
            .newline();
        body_.open("table", {{"class", "action-plan"}}).newline();
        body_.element("caption", {{"id", "plan-caption"}}, caption).newline();
        body_.open("thead").open("tr");
        for (const char* key : {"family", "lead", "outcome", "recommendations", "linked_clauses"})
            body_.element("th", {{"scope", "col"}, {"class", key}},
                          templates_.word(std::string("action_plan.") + key));
        body_.close("tr").close("thead").newline();
        for (UnitIndex root : doc_.roots)
            if (at(root).kind != UnitKind::Preamble) family(root);
        body_.close("table").newline().close("div").newline();
    }

    void family(UnitIndex f) {
        const Unit& unit = at(f);
        std::vector<UnitIndex> outcomes;
        for (UnitIndex c : unit.children)
            outcomes.push_back(c);
        std::string rows = std::to_string(std::max<std::size_t>(1, outcomes.size()));
        body_.open("tbody", {{"class", "family-group"}}).newline();
        body_.open("tr");
        // The family cell: number, name, aim and anything else written under the heading.
        body_.open("th", {{"scope", "rowgroup"},
                          {"rowspan", rows},
                          {"id", anchors_[static_cast<std::size_t>(f)]},
                          {"tabindex", "-1"}});
        body_.open("span", {{"class", "family-name"}});
        if (!unit.number.empty())
            body_.element("a", {{"class", "num"}, {"href", content_.href(f)}}, unit.number)
                .text(" ");
        body_.text(unit.title).close("span");
        const Labelled* lead = nullptr;
        std::vector<Labelled> labels;
        for (const Block& b : unit.blocks)
            if (auto l = labelled(b)) labels.push_back(std::move(*l));
        for (const Labelled& l : labels) {
            if (l.key == "lead") {
                lead = &l;
                continue;
            }
            body_.open("p", {{"class", "family-detail"}});
            body_.element("span", {{"class", "label"}}, l.label + ":").text(" ");
            content_.inlines(body_, f, l.value);
            body_.close("p");
        }
        for (const Block& b : unit.blocks)
            if (!labelled(b)) content_.blocks(body_, f, {b}, 3);
        body_.close("th");
        body_.open("td", {{"class", "lead"}, {"rowspan", rows}});
        if (lead)
            content_.inlines(body_, f, lead->value);
        else
            body_.element("span", {{"class", "none"}}, templates_.word("action_plan.no_lead"));
        body_.close("td");
        if (outcomes.empty()) {
            for (int i = 0; i < 3; ++i)
                body_.element("td", {}, "");
            body_.close("tr").newline();
        }
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            if (i > 0) body_.open("tr");
            outcome(outcomes[i]);
            body_.close("tr").newline();
        }
        body_.close("tbody").newline();
    }

    void outcome(UnitIndex o) {
        const Unit& unit = at(o);
        std::size_t first_list = unit.blocks.size();
        for (std::size_t i = 0; i < unit.blocks.size(); ++i)
            if (unit.blocks[i].kind == BlockKind::BulletList ||
                unit.blocks[i].kind == BlockKind::OrderedList) {
                first_list = i;
                break;
            }
        body_.open("td", {{"class", "outcome"},
                          {"id", anchors_[static_cast<std::size_t>(o)]},
                          {"tabindex", "-1"}});
        body_.element("a", {{"class", "num"}, {"href", content_.href(o)}}, unit.number).text(" ");
        std::vector<Block> text(unit.blocks.begin(),
                                unit.blocks.begin() + static_cast<long>(first_list));
        if (!text.empty() && text.front().kind == BlockKind::Paragraph) {
            content_.inlines(body_, o, text.front().inlines);
            text.erase(text.begin());
        }
        content_.blocks(body_, o, text, 3);
        for (UnitIndex child : unit.children) {
            body_.open(
                "p", {{"class", "sub-outcome"}, {"id", anchors_[static_cast<std::size_t>(child)]}});
            body_.element("span", {{"class", "num"}}, at(child).number).text(" ");
            if (!at(child).blocks.empty())
                content_.inlines(body_, child, at(child).blocks.front().inlines);
            body_.close("p");
        }
        body_.close("td");
        body_.open("td", {{"class", "recommendations"}});
        content_.blocks(body_, o, unit.blocks, 3, first_list);
        body_.close("td");
        body_.open("td", {{"class", "linked"}});
        linked_clauses(o);
        body_.close("td");
    }

    // The protocol clauses an outcome's text and recommendations cite.
    void linked_clauses(UnitIndex o) {
        std::vector<std::pair<std::string, std::string>> found; // label, href
        for (const Reference& ref : links_.references) {
            if (ref.from != o || ref.kind != ReferenceKind::Internal) continue;
            for (const ReferenceTarget& t : ref.targets) {
                std::string href = protocol_href(t.id);
                if (href.empty()) continue;
                UnitIndex u = context_.protocol->find(t.id);
                std::string label =
                    unit_label(context_.protocol->units[static_cast<std::size_t>(u)]);
                if (std::none_of(found.begin(), found.end(),
                                 [&](const auto& f) { return f.second == href; }))
                    found.emplace_back(label, href);
            }
        }
        if (found.empty()) {
            body_.element("span", {{"class", "none"}}, templates_.word("action_plan.no_links"));
            return;
        }
        body_.open("ul", {{"class", "linked-clauses"}});
        for (const auto& [label, href] : found)
            body_.open("li").element("a", {{"href", href}}, label).close("li");
        body_.close("ul");
    }

    const Document& doc_;
    const Links& links_;
    const Templates& templates_;
    const RenderContext& context_;
    std::vector<std::string> anchors_;
    std::vector<std::string> protocol_anchors_;
    ContentRenderer content_;
    HtmlWriter body_;
    HtmlWriter contents_;
};

} // namespace

PageParts action_plan_parts(const Document& doc, const Links& links, const Templates& templates,
                            const RenderContext& context) {
    return ActionPlanWriter(doc, links, templates, context).write();
}

} // namespace clerk::render

#include "xml/akn_reader.hpp"

#include "model/plain_text.hpp"
#include "xml/akn_names.hpp"
#include "xml/akn_read_parts.hpp"
#include "xml/safe_xml.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace clerk::xml {

namespace detail {

std::string_view ReadContext::local(pugi::xml_node node) const {
    std::string_view name = node.name();
    if (!akn_prefix.empty() && name.substr(0, akn_prefix.size()) == akn_prefix)
        name.remove_prefix(akn_prefix.size());
    return name;
}

const char* ReadContext::clerk_attribute(pugi::xml_node node, const char* name) const {
    if (clerk_prefix.empty()) return "";
    return node.attribute((clerk_prefix + name).c_str()).value();
}

bool ReadContext::has_clerk_attribute(pugi::xml_node node, const char* name) const {
    return !clerk_prefix.empty() && node.attribute((clerk_prefix + name).c_str());
}

SourcePos ReadContext::pos(pugi::xml_node node) const {
    return node_position(source, node);
}

void ReadContext::unknown(pugi::xml_node node, std::string_view where) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = "load/akn-unknown";
    d.message = "unknown " + std::string(where) + " element <" + std::string(node.name()) +
                ">: its text is kept, its mark-up is not";
    d.file = source.path();
    d.span = {pos(node), pos(node)};
    d.suggestion = "use the elements of Clerk's Akoma Ntoso subset (see `clerk validate`)";
    diagnostics.push_back(std::move(d));
}

} // namespace detail

namespace {

using detail::ReadContext;

Diagnostic structure_error(const SourceText& source, SourcePos pos, std::string message) {
    return error_at(source.path(), pos, "load/akn", std::move(message),
                    "Clerk reads Akoma Ntoso 3.0: <akomaNtoso><doc name=\"protocol\"> with <meta> "
                    "and <mainBody>; `clerk export --to akn FILE.md` shows the form");
}

// The prefix (with its colon) bound to `uri` anywhere in the document; `fallback` if none.
std::string prefix_for(pugi::xml_node root, const char* uri, bool* is_default) {
    for (pugi::xml_node node = root; node;) {
        for (pugi::xml_attribute a : node.attributes()) {
            std::string_view name = a.name();
            if (std::strcmp(a.value(), uri) != 0) continue;
            if (name == "xmlns") {
                if (is_default) *is_default = true;
                return "";
            }
            if (name.substr(0, 6) == "xmlns:") return std::string(name.substr(6)) + ":";
        }
        // Depth-first walk over elements.
        pugi::xml_node next = node.first_child();
        while (next && next.type() != pugi::node_element)
            next = next.next_sibling();
        if (next) {
            node = next;
            continue;
        }
        while (node && node != root) {
            pugi::xml_node sibling = node.next_sibling();
            while (sibling && sibling.type() != pugi::node_element)
                sibling = sibling.next_sibling();
            if (sibling) {
                node = sibling;
                break;
            }
            node = node.parent();
        }
        if (node == root) break;
    }
    return "";
}

SourcePos last_position(const ReadContext& context, pugi::xml_node node, SourcePos best) {
    for (pugi::xml_node c : node.children()) {
        SourcePos p = context.pos(c);
        if (best < p) best = p;
        if (c.type() == pugi::node_element) best = last_position(context, c, best);
    }
    return best;
}

class TreeReader {
  public:
    TreeReader(ReadContext& context, Document& doc) : context_(context), doc_(doc) {}

    UnitIndex preamble(SourcePos pos) {
        if (preamble_ != kNoUnit) return preamble_;
        Unit unit;
        unit.id = "preamble";
        unit.kind = UnitKind::Preamble;
        unit.span = {pos, pos};
        unit.number_pos = unit.title_pos = pos;
        preamble_ = add(std::move(unit), kNoUnit);
        return preamble_;
    }

    void read_preface(pugi::xml_node preface) {
        for (pugi::xml_node node : preface.children()) {
            if (node.type() != pugi::node_element) continue;
            std::string_view name = context_.local(node);
            if (name == "longTitle" || (name == "p" && is_title_line(node))) continue;
            std::vector<Block> blocks;
            detail::read_block(context_, node, blocks);
            if (blocks.empty()) continue;
            Unit& unit = doc_.units[static_cast<std::size_t>(preamble(context_.pos(node)))];
            for (Block& b : blocks)
                unit.blocks.push_back(std::move(b));
        }
    }

    void read_body(pugi::xml_node body) {
        for (pugi::xml_node node : body.children()) {
            if (node.type() != pugi::node_element) continue;
            if (is_hierarchy_element(context_.local(node))) {
                read_unit(node, kNoUnit);
                continue;
            }
            // Blocks outside any unit belong to the preamble (before the first unit) or to
            // the unit before them.
            std::vector<Block> blocks;
            detail::read_block(context_, node, blocks);
            if (blocks.empty()) continue;
            UnitIndex target = last_root_ == kNoUnit ? preamble(context_.pos(node)) : last_root_;
            for (Block& b : blocks)
                doc_.units[static_cast<std::size_t>(target)].blocks.push_back(std::move(b));
        }
    }

  private:
    // A preface paragraph that only names the document (<docTitle>, <docStatus> ...).
    bool is_title_line(pugi::xml_node p) const {
        bool any = false;
        for (pugi::xml_node c : p.children()) {
            if (c.type() == pugi::node_element) {
                if (context_.local(c).substr(0, 3) != "doc") return false;
                any = true;
            } else if (c.type() == pugi::node_pcdata) {
                for (const char* s = c.value(); *s; ++s)
                    if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r') return false;
            }
        }
        return any;
    }

    UnitIndex add(Unit unit, UnitIndex parent) {
        auto index = static_cast<UnitIndex>(doc_.units.size());
        unit.parent = parent;
        doc_.units.push_back(std::move(unit));
        if (parent == kNoUnit)
            doc_.roots.push_back(index);
        else
            doc_.units[static_cast<std::size_t>(parent)].children.push_back(index);
        return index;
    }

    void read_unit(pugi::xml_node element, UnitIndex parent) {
        std::string_view name = context_.local(element);
        pugi::xml_node num, heading;
        for (pugi::xml_node c : element.children()) {
            if (c.type() != pugi::node_element) continue;
            if (!num && context_.local(c) == "num") num = c;
            if (!heading && context_.local(c) == "heading") heading = c;
        }
        Unit unit;
        SourcePos pos = context_.pos(element);
        unit.number = trim(detail::raw_text(num));
        unit.title = heading ? trim(plain_text(detail::read_inlines(context_, heading))) : "";
        bool appendix = name == "hcontainer" &&
                        is_appendix_name(element.attribute("name").value()) && !unit.number.empty();
        unit.kind = appendix                           ? UnitKind::Appendix
                    : (heading || unit.number.empty()) ? UnitKind::Section
                                                       : UnitKind::Clause;
        if (context_.has_clerk_attribute(element, "id")) {
            unit.id = context_.clerk_attribute(element, "id");
            unit.explicit_id = unit.kind != UnitKind::Clause;
        } else {
            unit.id = derived_unit_id(unit.kind, unit.number);
            if (unit.id.empty()) unit.id = element.attribute("eId").value();
            if (unit.id.empty()) unit.id = "unit-" + std::to_string(doc_.units.size() + 1);
        }
        unit.span = {pos, pos};
        unit.number_pos = num ? text_start(num) : pos;
        unit.title_pos = heading ? text_start(heading) : unit.number_pos;
        UnitIndex index = add(std::move(unit), parent);
        if (parent == kNoUnit) last_root_ = index;
        {
            Unit& u = doc_.units[static_cast<std::size_t>(index)];
            if (u.kind != UnitKind::Clause) {
                int level = default_heading_level(doc_, index);
                const char* written = context_.clerk_attribute(element, "level");
                u.heading_level = *written ? std::atoi(written) : level;
            }
        }
        std::vector<Block> blocks;
        SourcePos end = pos;
        for (pugi::xml_node c : element.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view child_name = context_.local(c);
            if (child_name == "num" || child_name == "heading") {
                end = std::max(end, last_position(context_, c, context_.pos(c)));
                continue;
            }
            if (is_hierarchy_element(child_name)) {
                read_unit(c, index);
                continue;
            }
            end = std::max(end, last_position(context_, c, context_.pos(c)));
            detail::read_block(context_, c, blocks);
        }
        Unit& u = doc_.units[static_cast<std::size_t>(index)];
        u.blocks = std::move(blocks);
        u.span.end = end;
        if (u.kind == UnitKind::Clause && !u.blocks.empty() && !u.blocks.front().inlines.empty())
            u.title_pos = u.blocks.front().inlines.front().pos;
        read_definition(element, u);
    }

    void read_definition(pugi::xml_node element, Unit& unit) {
        if (context_.has_clerk_attribute(element, "term")) {
            unit.definition = Definition{context_.clerk_attribute(element, "term"), unit.title_pos};
            return;
        }
        for (pugi::xml_node c : element.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view name = context_.local(c);
            if (name != "content" && name != "intro") continue;
            if (pugi::xml_node def = detail::find_definition(context_, c)) {
                unit.definition = Definition{trim(detail::raw_text(def)), text_start(def)};
                return;
            }
        }
    }

    SourcePos text_start(pugi::xml_node element) const {
        for (pugi::xml_node c : element.children())
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
                std::string_view text = c.value();
                std::size_t first = text.find_first_not_of(" \t\r\n");
                return text_position(context_.source, c,
                                     first == std::string_view::npos ? 0 : first);
            } else if (c.type() == pugi::node_element) {
                return text_start(c);
            }
        return context_.pos(element);
    }

    static std::string trim(std::string text) {
        std::size_t b = text.find_first_not_of(" \t\r\n");
        if (b == std::string::npos) return "";
        std::size_t e = text.find_last_not_of(" \t\r\n");
        return text.substr(b, e - b + 1);
    }

    ReadContext& context_;
    Document& doc_;
    UnitIndex preamble_ = kNoUnit;
    UnitIndex last_root_ = kNoUnit;
};

} // namespace

AknReadResult read_akn(SourceText source) {
    AknReadResult result;
    pugi::xml_document xml;
    if (auto bad = parse_xml_safely(source, xml)) {
        result.diagnostics.push_back(std::move(*bad));
        return result;
    }
    pugi::xml_node root = xml.document_element();
    bool akn_default = false;
    std::string akn_prefix = prefix_for(root, kAknNamespace, &akn_default);
    ReadContext context{source, akn_prefix, prefix_for(root, kClerkNamespace, nullptr),
                        result.diagnostics};
    if (!root || context.local(root) != "akomaNtoso") {
        result.diagnostics.push_back(
            structure_error(source, root ? context.pos(root) : SourcePos{1, 1},
                            "not an Akoma Ntoso document: the root element is <" +
                                std::string(root.name()) + ">, not <akomaNtoso>"));
        return result;
    }
    pugi::xml_node doc_node;
    for (pugi::xml_node c : root.children())
        if (c.type() == pugi::node_element) {
            doc_node = c;
            break;
        }
    pugi::xml_node body;
    for (pugi::xml_node c : doc_node.children()) {
        std::string_view name = context.local(c);
        if (name == "mainBody" || name == "body" || name == "judgmentBody" || name == "debateBody")
            body = c;
    }
    if (!body) {
        result.diagnostics.push_back(structure_error(
            source, doc_node ? context.pos(doc_node) : context.pos(root),
            "no <mainBody> (or <body>) in the document: there is no content to read"));
        return result;
    }

    Document doc;
    doc.metadata = detail::read_metadata(context, doc_node);
    TreeReader tree(context, doc);
    for (pugi::xml_node c : doc_node.children())
        if (c.type() == pugi::node_element && context.local(c) == "preface") tree.read_preface(c);
    tree.read_body(body);
    bool any_unit = false;
    for (const Unit& u : doc.units)
        any_unit = any_unit || u.kind != UnitKind::Preamble;
    if (!any_unit) {
        Diagnostic d = structure_error(source, context.pos(body),
                                       "no numbered units: <mainBody> holds no <section>, "
                                       "<paragraph>, <hcontainer> or other hierarchical element");
        d.code = "load/content";
        result.diagnostics.push_back(std::move(d));
        return result;
    }
    doc.source = std::move(source);
    doc.index_ids();
    result.document = std::move(doc);
    return result;
}

} // namespace clerk::xml

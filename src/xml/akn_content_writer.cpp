// Blocks and inlines as Akoma Ntoso: <p>, <blockList>/<item>, <table>, <blockContainer>,
// <block name="heading|code|html|rule">; <i>, <b>, <a>, <inline name="code|html">, <eol/>,
// soft breaks as newlines; <def>, <term>, <ref> and <mref> where the document says so.
#include "xml/akn_write_parts.hpp"

#include <algorithm>
#include <cctype>

namespace clerk::xml::detail {

namespace {

bool is_word_byte(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return std::isalnum(u) != 0;
}

// The first occurrence of `word` in `text` from `from` that stands as whole words.
std::size_t find_word(const std::string& text, const std::string& word, std::size_t from = 0) {
    if (word.empty()) return std::string::npos;
    for (std::size_t p = text.find(word, from); p != std::string::npos;
         p = text.find(word, p + 1)) {
        bool start = p == 0 || !is_word_byte(text[p - 1]);
        std::size_t end = p + word.size();
        bool finish = end == text.size() || !is_word_byte(text[end]);
        if (start && finish) return p;
    }
    return std::string::npos;
}

bool inlines_contain_word(const std::vector<Inline>& inlines, const std::string& word) {
    for (const Inline& in : inlines) {
        if (in.kind == InlineKind::Text && find_word(in.text, word) != std::string::npos)
            return true;
        if ((in.kind == InlineKind::Strong || in.kind == InlineKind::Emphasis) &&
            inlines_contain_word(in.children, word))
            return true;
    }
    return false;
}

// One marked-up run inside a text inline.
struct Claim {
    std::size_t begin;
    std::size_t end;
    enum Kind { Definition, Reference, Term } kind;
    const AknReference* reference = nullptr;
    std::string eid; // Definition, Term: the TLCTerm
};

bool overlaps(const std::vector<Claim>& claims, std::size_t begin, std::size_t end) {
    for (const Claim& c : claims)
        if (begin < c.end && c.begin < end) return true;
    return false;
}

} // namespace

std::string eid_of_unit(const WriteContext& context, const std::string& id) {
    UnitIndex u = context.doc.find(id);
    return u == kNoUnit ? std::string() : context.names[static_cast<std::size_t>(u)].eid;
}

ContentWriter::ContentWriter(XmlOut& out, const WriteContext& context, UnitIndex unit)
    : out_(out), context_(context), unit_(unit) {
    if (unit == kNoUnit) return;
    const Unit& u = context.doc.units[static_cast<std::size_t>(unit)];
    if (definition_placeable()) pending_definition_ = u.definition->term;
    pending_ = context.references[static_cast<std::size_t>(unit)];
}

bool ContentWriter::definition_placeable() const {
    if (unit_ == kNoUnit) return false;
    const Unit& u = context_.doc.units[static_cast<std::size_t>(unit_)];
    return u.definition && !u.blocks.empty() && u.blocks.front().kind == BlockKind::Paragraph &&
           inlines_contain_word(u.blocks.front().inlines, u.definition->term);
}

void ContentWriter::blocks(const std::vector<Block>& blocks) {
    for (const Block& b : blocks)
        block(b);
}

void ContentWriter::block(const Block& b) {
    switch (b.kind) {
    case BlockKind::Paragraph:
        out_.open("p", {}, true);
        inlines(b.inlines, true);
        out_.close();
        break;
    case BlockKind::Heading:
        out_.open("block", {{"name", "heading"}, {"clerk:level", std::to_string(b.level)}}, true);
        inlines(b.inlines, true);
        out_.close();
        break;
    case BlockKind::BulletList:
    case BlockKind::OrderedList: {
        Attributes attributes{{"class", b.kind == BlockKind::OrderedList ? "ordered" : "bullet"}};
        if (b.kind == BlockKind::OrderedList && b.start != 1)
            attributes.push_back({"clerk:start", std::to_string(b.start)});
        if (!b.tight) attributes.push_back({"clerk:tight", "false"});
        out_.open("blockList", attributes);
        for (const Block& item : b.children) {
            out_.open("item");
            // An item holds at least one block; an empty one is marked as such.
            if (item.children.empty()) out_.empty("p", {{"clerk:placeholder", "true"}});
            blocks(item.children);
            out_.close();
        }
        out_.close();
        break;
    }
    case BlockKind::ListItem:
        blocks(b.children);
        break;
    case BlockKind::Table: {
        out_.open("table", b.header ? Attributes{} : Attributes{{"clerk:header", "false"}});
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
            out_.open("tr");
            const char* cell = (b.header && r == 0) ? "th" : "td";
            for (const TableCell& c : b.rows[r].cells) {
                if (c.inlines.empty()) {
                    out_.empty(cell);
                    continue;
                }
                out_.open(cell);
                out_.open("p", {}, true);
                inlines(c.inlines, true);
                out_.close();
                out_.close();
            }
            out_.close();
        }
        out_.close();
        break;
    }
    case BlockKind::Quote:
        out_.open("blockContainer", {{"class", "quote"}});
        if (b.children.empty()) out_.empty("p", {{"clerk:placeholder", "true"}});
        blocks(b.children);
        out_.close();
        break;
    case BlockKind::Code:
        out_.leaf("block", b.text, {{"name", "code"}});
        break;
    case BlockKind::RawHtml:
        out_.leaf("block", b.text, {{"name", "html"}});
        break;
    case BlockKind::Rule:
        out_.empty("block", {{"name", "rule"}});
        break;
    }
}

void ContentWriter::inlines(const std::vector<Inline>& inlines, bool markup) {
    for (const Inline& in : inlines) {
        switch (in.kind) {
        case InlineKind::Text:
            text(in.text, markup);
            break;
        case InlineKind::Emphasis:
            out_.open("i", {}, true);
            this->inlines(in.children, markup);
            out_.close();
            break;
        case InlineKind::Strong:
            out_.open("b", {}, true);
            this->inlines(in.children, markup);
            out_.close();
            break;
        case InlineKind::Code:
            out_.leaf("inline", in.text, {{"name", "code"}});
            break;
        case InlineKind::Link:
            out_.open("a", {{"href", in.url}}, true);
            this->inlines(in.children, false);
            out_.close();
            break;
        case InlineKind::SoftBreak:
            out_.text("\n");
            break;
        case InlineKind::LineBreak:
            out_.empty("eol");
            break;
        case InlineKind::RawHtml:
            out_.leaf("inline", in.text, {{"name", "html"}});
            break;
        }
    }
}

void ContentWriter::text(const std::string& text, bool markup) {
    if (!markup) {
        out_.text(text);
        return;
    }
    std::vector<Claim> claims;
    if (!pending_definition_.empty()) {
        std::size_t p = find_word(text, pending_definition_);
        if (p != std::string::npos) {
            std::string eid;
            for (const TermEntry& t : context_.terms)
                if (t.term == pending_definition_) eid = t.eid;
            claims.push_back({p, p + pending_definition_.size(), Claim::Definition, nullptr, eid});
            pending_definition_.clear();
        }
    }
    for (auto it = pending_.begin(); it != pending_.end();) {
        std::size_t p = text.find((*it)->text);
        while (p != std::string::npos && overlaps(claims, p, p + (*it)->text.size()))
            p = text.find((*it)->text, p + 1);
        if (p == std::string::npos) {
            ++it;
            continue;
        }
        claims.push_back({p, p + (*it)->text.size(), Claim::Reference, *it, {}});
        it = pending_.erase(it);
    }
    // Uses of defined terms: whole words, longest term first, plural "s" included.
    for (std::size_t p = 0; p < text.size(); ++p) {
        if (p > 0 && is_word_byte(text[p - 1])) continue;
        for (const TermEntry& t : context_.matching) {
            if (text.compare(p, t.term.size(), t.term) != 0) continue;
            std::size_t end = p + t.term.size();
            if (end < text.size() && text[end] == 's' &&
                (end + 1 == text.size() || !is_word_byte(text[end + 1])))
                ++end;
            if (end < text.size() && is_word_byte(text[end])) continue;
            if (overlaps(claims, p, end)) break;
            claims.push_back({p, end, Claim::Term, nullptr, t.eid});
            p = end - 1;
            break;
        }
    }
    std::sort(claims.begin(), claims.end(),
              [](const Claim& a, const Claim& b) { return a.begin < b.begin; });
    std::size_t at = 0;
    for (const Claim& c : claims) {
        out_.text(std::string_view(text).substr(at, c.begin - at));
        std::string_view run = std::string_view(text).substr(c.begin, c.end - c.begin);
        switch (c.kind) {
        case Claim::Definition:
            out_.leaf("def", run, {{"refersTo", "#" + c.eid}});
            break;
        case Claim::Term:
            out_.leaf("term", run, {{"refersTo", "#" + c.eid}});
            break;
        case Claim::Reference: {
            const AknReference& r = *c.reference;
            auto href = [&](std::size_t i) {
                const std::string& target = r.targets[i];
                std::string eid = eid_of_unit(context_, target);
                return eid.empty() ? target : "#" + eid;
            };
            if (r.targets.size() == 1) {
                out_.leaf("ref", run, {{"href", href(0)}});
                break;
            }
            // <mref>: each target's label becomes a <ref> inside the run.
            out_.open("mref", {}, true);
            std::size_t pos = 0;
            for (std::size_t i = 0; i < r.targets.size(); ++i) {
                const std::string& label = i < r.labels.size() ? r.labels[i] : r.targets[i];
                std::size_t found = run.find(label, pos);
                if (found == std::string_view::npos) continue;
                out_.text(run.substr(pos, found - pos));
                out_.leaf("ref", run.substr(found, label.size()), {{"href", href(i)}});
                pos = found + label.size();
            }
            out_.text(run.substr(pos));
            out_.close();
            break;
        }
        }
        at = c.end;
    }
    out_.text(std::string_view(text).substr(at));
}

} // namespace clerk::xml::detail

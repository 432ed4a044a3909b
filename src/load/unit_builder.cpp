#include "load/unit_builder.hpp"

#include "load/clause_number.hpp"
#include "load/malformed_number.hpp"
#include "model/plain_text.hpp"
#include "text/pattern.hpp"

#include <algorithm>
#include <cctype>

namespace clerk {

namespace {

std::string trim(std::string s) {
    auto not_space = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
    s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
    return s;
}

std::string lower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Removes trailing `{#id}` text from the last text run of a heading.
void strip_trailing_id(std::vector<Inline>& inlines) {
    for (auto it = inlines.rbegin(); it != inlines.rend(); ++it) {
        if (it->kind != InlineKind::Text) continue;
        std::string text = it->text;
        if (!take_explicit_id(text).empty()) it->text = text;
        return;
    }
}

} // namespace

void strip_leading_text(std::vector<Inline>& inlines, std::size_t bytes) {
    std::size_t i = 0;
    while (bytes > 0 && i < inlines.size()) {
        Inline& in = inlines[i];
        switch (in.kind) {
        case InlineKind::Text:
        case InlineKind::Code: {
            std::size_t take = std::min(bytes, in.text.size());
            in.text.erase(0, take);
            in.pos.column += static_cast<std::uint32_t>(take);
            bytes -= take;
            break;
        }
        case InlineKind::SoftBreak:
        case InlineKind::LineBreak:
            bytes -= 1;
            in.text.clear();
            in.kind = InlineKind::Text;
            break;
        case InlineKind::Emphasis:
        case InlineKind::Strong:
        case InlineKind::Link: {
            std::size_t before = plain_text(in.children).size();
            std::size_t take = std::min(bytes, before);
            strip_leading_text(in.children, take);
            bytes -= take;
            break;
        }
        case InlineKind::RawHtml:
            break;
        }
        bool empty = (in.kind == InlineKind::Text || in.kind == InlineKind::Code)
                         ? in.text.empty()
                         : (in.kind != InlineKind::RawHtml && in.kind != InlineKind::SoftBreak &&
                            in.kind != InlineKind::LineBreak && in.children.empty());
        if (empty)
            inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(i));
        else
            ++i;
    }
    // Leading spaces left behind the number belong to neither.
    while (!inlines.empty() && inlines.front().kind == InlineKind::Text) {
        Inline& first = inlines.front();
        std::size_t n = first.text.find_first_not_of(" \t");
        if (n == std::string::npos) {
            inlines.erase(inlines.begin());
            continue;
        }
        first.text.erase(0, n);
        first.pos.column += static_cast<std::uint32_t>(n);
        break;
    }
}

Definition find_defined_term(const std::vector<Inline>& inlines) {
    Definition def;
    if (inlines.empty()) return def;
    if (inlines.front().kind == InlineKind::Strong) {
        def.term = trim(plain_text(inlines.front().children));
        while (!def.term.empty() &&
               (def.term.back() == ':' || def.term.back() == ',' || def.term.back() == '.'))
            def.term.pop_back();
        def.term = trim(def.term);
        def.pos = inlines.front().children.empty() ? inlines.front().pos
                                                   : inlines.front().children.front().pos;
        // Quoted terms: “Officer” means ...
        if (!def.term.empty()) return def;
    }
    PlainText text = positioned_text(inlines);
    // Up to eight capitalised words (with "of", "and", "for", "the" between them), optionally
    // in quotation marks, before the defining verb.
    static const ::clerk::text::Pattern pattern(
        R"(^[“"‘']?((?:[A-Z][\w’'&()-]*)(?:\s+(?:[A-Z(][\w’'&()-]*|of|and|for|the|in|on|to)){0,7})[”"’']?,?\s+(?:means|includes|include|refers to|shall mean|shall include|has the (?:same )?meaning)\b)");
    ::clerk::text::PatternMatch m;
    if (pattern.search(text.text, m)) {
        def.term = m.str(1);
        def.pos = text.position(m.begin(1));
    }
    return def;
}

UnitIndex UnitBuilder::open_unit(Unit unit, UnitIndex parent) {
    unit.parent = parent;
    auto index = static_cast<UnitIndex>(doc_.units.size());
    doc_.units.push_back(std::move(unit));
    if (parent == kNoUnit)
        doc_.roots.push_back(index);
    else
        doc_.units[static_cast<std::size_t>(parent)].children.push_back(index);
    current_ = index;
    return index;
}

UnitIndex UnitBuilder::current_or_preamble(SourcePos pos) {
    if (current_ != kNoUnit) return current_;
    Unit preamble;
    preamble.id = "preamble";
    preamble.kind = UnitKind::Preamble;
    preamble.span = {pos, pos};
    preamble.number_pos = pos;
    preamble.title_pos = pos;
    return open_unit(std::move(preamble), kNoUnit);
}

void UnitBuilder::add_heading(std::vector<Inline> inlines, int level, SourceSpan span) {
    std::string text = trim(plain_text(inlines));
    std::string explicit_id = take_explicit_id(text);
    text = trim(text);
    SourcePos text_pos = inlines.empty() ? span.begin : inlines.front().pos;

    Unit unit;
    unit.heading_level = level;
    unit.span = span;
    unit.number_pos = text_pos;
    unit.title_pos = text_pos;
    bool is_unit = false;
    if (auto appendix = match_appendix(text)) {
        unit.kind = UnitKind::Appendix;
        unit.id = appendix->id;
        unit.number = appendix->written;
        unit.title = trim(appendix->title);
        auto offset = text.size() - appendix->title.size();
        unit.title_pos = {text_pos.line, text_pos.column + static_cast<std::uint32_t>(offset)};
        is_unit = true;
    } else if (auto number = match_heading_number(text)) {
        unit.kind = UnitKind::Section;
        unit.id = number->id;
        unit.number = number->written;
        unit.title = trim(text.substr(number->length));
        unit.title_pos = {text_pos.line,
                          text_pos.column + static_cast<std::uint32_t>(number->length)};
        is_unit = true;
    } else if (!explicit_id.empty()) {
        unit.kind = UnitKind::Section;
        unit.title = text;
        is_unit = true;
    }
    if (!explicit_id.empty()) {
        unit.id = explicit_id;
        unit.explicit_id = true;
    }
    if (!is_unit) {
        strip_trailing_id(inlines);
        Block heading;
        heading.kind = BlockKind::Heading;
        heading.inlines = std::move(inlines);
        heading.level = level;
        heading.span = span;
        add_block(std::move(heading));
        return;
    }
    while (!headings_.empty() &&
           doc_.units[static_cast<std::size_t>(headings_.back())].heading_level >= level)
        headings_.pop_back();
    // Appendices stand at the top level of the document whatever their heading level.
    UnitIndex parent =
        (unit.kind == UnitKind::Appendix || headings_.empty()) ? kNoUnit : headings_.back();
    if (unit.kind == UnitKind::Appendix) headings_.clear();
    headings_.push_back(open_unit(std::move(unit), parent));
}

UnitIndex UnitBuilder::clause_parent(const std::string& number) const {
    // The nearest unit, from the current one outwards, whose number opens this one
    // ("9.3" for "9.3.5"); else the innermost open heading.
    for (UnitIndex u = current_; u != kNoUnit; u = doc_.units[static_cast<std::size_t>(u)].parent) {
        const Unit& unit = doc_.units[static_cast<std::size_t>(u)];
        if (unit.kind == UnitKind::Appendix) break;
        if (is_number_prefix(unit.id, number)) return u;
    }
    return headings_.empty() ? kNoUnit : headings_.back();
}

bool UnitBuilder::add_labelled_clause(std::vector<Inline>& inlines, const LabelMatch& label,
                                      SourceSpan span) {
    // The label continues the labels of the current unit or of a labelled ancestor when it
    // counts the same way; otherwise it opens a deeper run under the current unit. "(i)"
    // after "(h)" is a letter, after "(a)" a roman numeral.
    // Labels belong to numbered units: under a heading with no number they are text (the
    // questions of a workbook's exercises, numbered again in each).
    if (current_ == kNoUnit || doc_.units[static_cast<std::size_t>(current_)].number.empty())
        return false;
    UnitIndex parent = current_;
    LabelStyle style = LabelStyle::LowerAlpha;
    bool decided = false;
    for (UnitIndex u = current_; u != kNoUnit && !decided;
         u = doc_.units[static_cast<std::size_t>(u)].parent) {
        auto found = labels_.find(u);
        if (found == labels_.end()) break;
        auto [u_style, u_value] = found->second;
        bool same = false;
        switch (u_style) {
        case LabelStyle::Digits:
            same = label.digits;
            break;
        case LabelStyle::LowerAlpha:
            same = label.alpha && !label.upper &&
                   (!label.roman || label_follows(u_value, label.value, u_style));
            break;
        case LabelStyle::UpperAlpha:
            same = label.alpha && label.upper &&
                   (!label.roman || label_follows(u_value, label.value, u_style));
            break;
        case LabelStyle::LowerRoman:
            same = label.roman && !label.upper;
            break;
        case LabelStyle::UpperRoman:
            same = label.roman && label.upper;
            break;
        }
        if (same) {
            parent = doc_.units[static_cast<std::size_t>(u)].parent;
            style = u_style;
            decided = true;
        }
    }
    if (parent == kNoUnit) return false;
    if (!decided) {
        // The first label of a run: a lone "i" opens roman numerals, other letters letters.
        if (label.digits)
            style = LabelStyle::Digits;
        else if (label.roman &&
                 (label.value.size() > 1 || label.value == "i" || label.value == "I"))
            style = label.upper ? LabelStyle::UpperRoman : LabelStyle::LowerRoman;
        else
            style = label.upper ? LabelStyle::UpperAlpha : LabelStyle::LowerAlpha;
    }
    Unit unit;
    unit.kind = UnitKind::Clause;
    unit.id = doc_.units[static_cast<std::size_t>(parent)].id + "(" + label.value + ")";
    unit.number = label.written;
    unit.span = span;
    unit.number_pos = inlines.empty() ? span.begin : positioned_text(inlines).position(0);
    strip_leading_text(inlines, label.length);
    unit.title_pos = inlines.empty() ? span.begin : positioned_text(inlines).position(0);
    Block opening;
    opening.kind = BlockKind::Paragraph;
    opening.inlines = std::move(inlines);
    opening.span = span;
    unit.blocks.push_back(std::move(opening));
    labels_[open_unit(std::move(unit), parent)] = {style, label.value};
    return true;
}

std::string UnitBuilder::previous_number() const {
    for (auto it = doc_.units.rbegin(); it != doc_.units.rend(); ++it) {
        if (it->kind == UnitKind::Appendix) return {}; // numbering starts again
        if (it->kind == UnitKind::Preamble || it->explicit_id) continue;
        return it->id;
    }
    return {};
}

std::optional<NumberMatch> UnitBuilder::clause_number(const std::string& text) const {
    // The unit keeps the number as written; its ID is the number meant, so that one slip
    // is one finding (num/malformed) rather than a gap and a clause lost in the one before.
    if (auto number = match_clause_number(text)) {
        std::string meant = run_together_number(previous_number(), number->id);
        if (!meant.empty()) number->id = meant;
        return number;
    }
    auto slip = match_malformed_number(text);
    if (!slip) return std::nullopt;
    std::string previous = previous_number();
    std::string meant = slip->repaired;
    // The repair is taken when it belongs where it stands: it continues the numbering, or
    // it is in the section of the clause before ("5,9" after 5.6). Otherwise, as for "5.O",
    // the number is the one that comes next.
    std::string parent = meant.substr(0, meant.rfind('.'));
    bool fits = !meant.empty() && (continues_numbering(previous, meant) ||
                                   is_number_prefix(parent, previous) || parent == previous);
    if (!fits) {
        std::string shape; // "5.O" as written, with commas and doubled dots made single dots
        for (char c : slip->written) {
            char d = c == ',' ? '.' : c;
            if (d != '.' || (!shape.empty() && shape.back() != '.')) shape += d;
        }
        if (!shape.empty() && shape.back() == '.') shape.pop_back();
        meant = next_number_like(previous, shape);
    }
    if (meant.empty()) return std::nullopt;
    return NumberMatch{meant, slip->written, slip->length};
}

void UnitBuilder::add_paragraph(std::vector<Inline> inlines, SourceSpan span) {
    std::string text = plain_text(inlines);
    auto number = clause_number(text);
    if (!number) {
        if (auto label = match_clause_label(text))
            if (add_labelled_clause(inlines, *label, span)) return;
        Block paragraph;
        paragraph.kind = BlockKind::Paragraph;
        paragraph.inlines = std::move(inlines);
        paragraph.span = span;
        add_block(std::move(paragraph));
        return;
    }
    Unit unit;
    unit.kind = UnitKind::Clause;
    unit.id = number->id;
    unit.number = number->written;
    unit.span = span;
    unit.number_pos = inlines.empty() ? span.begin : positioned_text(inlines).position(0);
    strip_leading_text(inlines, number->length);
    unit.title_pos = inlines.empty() ? span.begin : positioned_text(inlines).position(0);
    Block opening;
    opening.kind = BlockKind::Paragraph;
    opening.inlines = std::move(inlines);
    opening.span = span;
    unit.blocks.push_back(std::move(opening));
    UnitIndex parent = clause_parent(number->id);
    open_unit(std::move(unit), parent);
}

void UnitBuilder::add_block(Block block) {
    UnitIndex target = current_or_preamble(block.span.begin);
    doc_.units[static_cast<std::size_t>(target)].blocks.push_back(std::move(block));
}

void UnitBuilder::find_definitions() {
    UnitIndex defs = kNoUnit;
    if (!doc_.metadata.definitions.empty()) {
        for (std::size_t i = 0; i < doc_.units.size(); ++i)
            if (doc_.units[i].id == doc_.metadata.definitions) defs = static_cast<UnitIndex>(i);
    }
    if (defs == kNoUnit) {
        for (std::size_t i = 0; i < doc_.units.size() && defs == kNoUnit; ++i) {
            std::string title = lower(doc_.units[i].title);
            if (title == "definitions" || title.rfind("definitions and", 0) == 0 ||
                title == "interpretation" || title == "definitions:")
                defs = static_cast<UnitIndex>(i);
        }
    }
    if (defs == kNoUnit) return;
    std::vector<UnitIndex> pending(doc_.units[static_cast<std::size_t>(defs)].children);
    while (!pending.empty()) {
        UnitIndex u = pending.back();
        pending.pop_back();
        Unit& unit = doc_.units[static_cast<std::size_t>(u)];
        pending.insert(pending.end(), unit.children.begin(), unit.children.end());
        if (unit.kind != UnitKind::Clause || unit.blocks.empty()) continue;
        Definition def = find_defined_term(unit.blocks.front().inlines);
        if (!def.term.empty()) unit.definition = std::move(def);
    }
}

void UnitBuilder::finish() {
    // A unit's span runs to the end of its own content (children have their own spans).
    for (Unit& unit : doc_.units) {
        for (const Block& block : unit.blocks)
            if (block.span.end.line > unit.span.end.line) unit.span.end = block.span.end;
    }
    find_definitions();
    doc_.index_ids();
}

} // namespace clerk

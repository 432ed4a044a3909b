// Parsers for the five reference data files. Each validates its schema and reports the
// first problem with the file and line, so that a council editing its own copy knows
// exactly what to fix.
#include "refdata/load_refdata.hpp"
#include "refdata/yaml_fields.hpp"
#include "text/pattern.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <initializer_list>
#include <set>

namespace clerk::refdata {

namespace {

// Rejects keys the schema does not know (a misspelt key would otherwise be silently lost).
void check_keys(const YAML::Node& map, std::initializer_list<const char*> allowed,
                const char* what) {
    for (const auto& kv : map) {
        std::string key = kv.first.Scalar();
        bool ok = false;
        for (const char* a : allowed)
            ok = ok || key == a;
        if (!ok) {
            std::string list;
            for (const char* a : allowed)
                list += (list.empty() ? "" : ", ") + std::string(a);
            throw DataError{fmt::format("unknown key '{}' in {}", key, what),
                            fmt::format("the keys of {} are: {}", what, list), position(kv.first)};
        }
    }
}

template <typename Parse>
auto guarded(const std::string& text, const std::string& file, const char* code,
             std::vector<Diagnostic>& errors, Parse&& parse)
    -> std::optional<decltype(parse(YAML::Node{}))> {
    try {
        YAML::Node root = parse_yaml(text);
        return parse(root);
    } catch (const DataError& e) {
        errors.push_back(data_diagnostic(file, code, e));
    } catch (const YAML::Exception& e) {
        errors.push_back(
            data_diagnostic(file, code,
                            DataError{"unexpected YAML structure: " + e.msg,
                                      "compare the entry with the file's header comment",
                                      {static_cast<std::uint32_t>(e.mark.line + 1),
                                       static_cast<std::uint32_t>(e.mark.column + 1)}}));
    }
    return std::nullopt;
}

bool is_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
}

} // namespace

std::optional<LegislationRegister> parse_legislation(const std::string& text,
                                                     const std::string& file,
                                                     std::vector<Diagnostic>& errors) {
    return guarded(text, file, "refdata/legislation", errors, [&](const YAML::Node& root) {
        LegislationRegister reg;
        reg.file = file;
        YAML::Node acts = require_sequence(root, "acts", "Acts");
        check_keys(root, {"acts", "other_years"}, "the legislation register");
        std::set<std::string> seen;
        for (const auto& node : acts) {
            require_map(node, "an Act");
            check_keys(node,
                       {"title", "year", "chapter", "sections", "repealed_by", "successor", "note"},
                       "an Act");
            Act act;
            act.title = require_string(node, "title", "an Act");
            act.year = require_int(node, "year", "an Act");
            if (act.year < 1200 || act.year > 2100)
                throw DataError{
                    fmt::format("{}: year {} is not a plausible year", act.title, act.year),
                    "write the year the Act was passed, e.g. 'year: 2011'", position(node["year"])};
            if (act.title.size() > 4 && std::isdigit(static_cast<unsigned char>(act.title.back())))
                throw DataError{
                    fmt::format("title '{}' ends with a number", act.title),
                    "write the short title without the year and put the year in 'year:'",
                    position(node["title"])};
            act.chapter = require_string(node, "chapter", act.title.c_str());
            act.repealed_by = optional_string(node, "repealed_by");
            act.successor = optional_string(node, "successor");
            act.origin = {file, position(node)};
            if (!seen.insert(act.full_title()).second)
                throw DataError{fmt::format("{} is listed twice", act.full_title()),
                                "keep one entry per Act and merge their sections", position(node)};
            if (YAML::Node sections = node["sections"]; sections && !sections.IsNull()) {
                if (!sections.IsSequence())
                    throw DataError{fmt::format("{}: 'sections' must be a list", act.full_title()),
                                    "write '- { number: \"28\", subject: ... }' per section",
                                    position(sections)};
                for (const auto& s : sections) {
                    require_map(s, "a section");
                    check_keys(s, {"number", "subject", "keywords", "repealed_by"}, "a section");
                    ActSection sec;
                    sec.number = require_string(s, "number", "a section");
                    sec.subject = require_string(s, "subject", "a section");
                    for (const std::string& k : optional_strings(s, "keywords"))
                        sec.keywords.push_back(lower(k));
                    sec.repealed_by = optional_string(s, "repealed_by");
                    act.sections.push_back(std::move(sec));
                }
            }
            reg.acts.push_back(std::move(act));
        }
        if (YAML::Node more = root["other_years"]; more && !more.IsNull()) {
            if (!more.IsMap())
                throw DataError{"'other_years' must map a short title to a list of years",
                                "write 'Local Government Act: [1972, 1985, 2000]'", position(more)};
            for (const auto& kv : more) {
                std::vector<int> years;
                if (!kv.second.IsSequence())
                    throw DataError{
                        fmt::format("other_years: '{}' must be a list of years", kv.first.Scalar()),
                        "write '[1972, 2000]'", position(kv.second)};
                for (const auto& y : kv.second) {
                    if (!y.IsScalar() || !is_digits(y.Scalar()))
                        throw DataError{
                            fmt::format("other_years: '{}' has a year that is not a number",
                                        kv.first.Scalar()),
                            "write years as numbers: [1972, 2000]", position(y)};
                    years.push_back(std::stoi(y.Scalar()));
                }
                reg.other_years.emplace_back(kv.first.Scalar(), std::move(years));
            }
        }
        return reg;
    });
}

std::optional<GenderedTerms> parse_gendered_terms(const std::string& text, const std::string& file,
                                                  std::vector<Diagnostic>& errors) {
    return guarded(text, file, "refdata/gendered-terms", errors, [&](const YAML::Node& root) {
        GenderedTerms out;
        out.file = file;
        YAML::Node terms = require_sequence(root, "terms", "gendered terms");
        check_keys(root, {"terms", "allowed_titles"}, "the gendered terms file");
        for (const auto& node : terms) {
            require_map(node, "a gendered term");
            check_keys(node, {"term", "kind", "suggest", "note"}, "a gendered term");
            GenderedTerm t;
            t.term = lower(require_string(node, "term", "a gendered term"));
            std::string kind = require_string(node, "kind", t.term.c_str());
            if (kind == "pronoun")
                t.kind = GenderedKind::Pronoun;
            else if (kind == "paired")
                t.kind = GenderedKind::Paired;
            else if (kind == "noun")
                t.kind = GenderedKind::Noun;
            else
                throw DataError{fmt::format("'{}': unknown kind '{}'", t.term, kind),
                                "kind is one of: pronoun, paired, noun", position(node["kind"])};
            t.suggestions = optional_strings(node, "suggest");
            if (t.suggestions.empty())
                throw DataError{fmt::format("'{}' has no neutral suggestion", t.term),
                                "add 'suggest: [they]' with the neutral forms", position(node)};
            t.origin = {file, position(node)};
            out.terms.push_back(std::move(t));
        }
        out.allowed_titles = optional_strings(root, "allowed_titles");
        return out;
    });
}

std::optional<DeprecatedTitles> parse_deprecated_titles(const std::string& text,
                                                        const std::string& file,
                                                        std::vector<Diagnostic>& errors) {
    return guarded(text, file, "refdata/deprecated-titles", errors, [&](const YAML::Node& root) {
        DeprecatedTitles out;
        out.file = file;
        YAML::Node titles = require_sequence(root, "titles", "deprecated titles");
        check_keys(root, {"titles"}, "the deprecated titles file");
        for (const auto& node : titles) {
            require_map(node, "a deprecated title");
            check_keys(node, {"title", "replacement", "note"}, "a deprecated title");
            DeprecatedTitle t;
            t.title = require_string(node, "title", "a deprecated title");
            t.replacement = require_string(node, "replacement", t.title.c_str());
            t.note = optional_string(node, "note");
            t.origin = {file, position(node)};
            out.titles.push_back(std::move(t));
        }
        return out;
    });
}

std::optional<CanonicalTexts> parse_canonical_texts(const std::string& text,
                                                    const std::string& file,
                                                    std::vector<Diagnostic>& errors) {
    return guarded(text, file, "refdata/canonical-texts", errors, [&](const YAML::Node& root) {
        CanonicalTexts out;
        out.file = file;
        YAML::Node texts = require_sequence(root, "texts", "canonical texts");
        check_keys(root, {"texts"}, "the canonical texts file");
        for (const auto& node : texts) {
            require_map(node, "a canonical text");
            check_keys(node, {"id", "title", "edition", "source", "opening", "names", "items"},
                       "a canonical text");
            CanonicalText t;
            t.id = require_string(node, "id", "a canonical text");
            t.title = require_string(node, "title", t.id.c_str());
            t.edition = require_string(node, "edition", t.id.c_str());
            t.source = optional_string(node, "source");
            t.opening = optional_string(node, "opening");
            t.names = optional_strings(node, "names");
            t.origin = {file, position(node)};
            YAML::Node items = require_sequence(node, "items", "items (one per principle)");
            for (const auto& item : items) {
                require_map(item, "an item");
                check_keys(item, {"name", "text", "accepted", "superseded"}, "an item");
                CanonicalItem ci;
                ci.name = require_string(item, "name", "an item");
                ci.text = require_string(item, "text", ci.name.c_str());
                ci.accepted = optional_strings(item, "accepted");
                ci.superseded = optional_strings(item, "superseded");
                t.items.push_back(std::move(ci));
            }
            out.texts.push_back(std::move(t));
        }
        return out;
    });
}

std::optional<ConstitutionMap> parse_constitution_map(const std::string& text,
                                                      const std::string& file,
                                                      std::vector<Diagnostic>& errors) {
    return guarded(text, file, "refdata/constitution-map", errors, [&](const YAML::Node& root) {
        ConstitutionMap out;
        out.file = file;
        YAML::Node entries = require_sequence(root, "entries", "constitution entries");
        check_keys(root, {"council", "entries", "source"}, "the constitution map");
        out.council = optional_string(root, "council");
        for (const auto& node : entries) {
            require_map(node, "a constitution entry");
            check_keys(node, {"cite", "title", "names", "protocol_says", "note"},
                       "a constitution entry");
            ConstitutionEntry e;
            e.cite = require_string(node, "cite", "a constitution entry");
            if (!parse_constitution_cite(e.cite, e))
                throw DataError{
                    fmt::format("cannot read the citation '{}'", e.cite),
                    "write it as 'Part 3, Schedule 2', 'Part 4(b)', 'Part 2, Article 12' or "
                    "'Standing Order 46'",
                    position(node["cite"])};
            e.title = require_string(node, "title", e.cite.c_str());
            for (const std::string& n : optional_strings(node, "names"))
                e.names.push_back(lower(n));
            e.origin = {file, position(node)};
            for (const ConstitutionEntry& other : out.entries)
                if (other.part == e.part && other.schedule == e.schedule &&
                    other.article == e.article && other.standing_order == e.standing_order)
                    throw DataError{
                        fmt::format("'{}' is listed twice (also as '{}')", e.cite, other.cite),
                        "keep one entry per provision", position(node)};
            out.entries.push_back(std::move(e));
        }
        return out;
    });
}

bool parse_constitution_cite(std::string_view cite, ConstitutionEntry& out) {
    static const text::Pattern part(R"(\bPart\s+([0-9]+\s*(?:\(\s*[a-z]\s*\)|[a-z]\b)?))", true);
    static const text::Pattern schedule(R"(\bSchedule\s+([0-9]+[A-Z]?))", true);
    static const text::Pattern article(R"(\bArticle\s+([0-9]+))", true);
    static const text::Pattern standing(
        R"(\b(?:Standing Order|Council Procedure Rule|Procedure Rule)\s+([0-9]+))", true);
    text::PatternMatch m;
    out.part = part.search(cite, m) ? normalise_label(m.groups[1]) : "";
    out.schedule = schedule.search(cite, m) ? normalise_label(m.groups[1]) : "";
    out.article = article.search(cite, m) ? m.str(1) : "";
    out.standing_order = standing.search(cite, m) ? m.str(1) : "";
    return !(out.part.empty() && out.schedule.empty() && out.article.empty() &&
             out.standing_order.empty());
}

} // namespace clerk::refdata

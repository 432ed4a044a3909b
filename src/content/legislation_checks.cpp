#include "content/legislation_checks.hpp"

#include "content/findings.hpp"
#include "content/similarity.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clerk::content {

namespace {

std::string_view sentence_text(const TextRun& run, std::size_t offset) {
    Range s = sentence_at(run, offset);
    return std::string_view(run.text.text).substr(s.begin, s.end - s.begin);
}

// A sentence that tells the history of an Act (it was repealed, lapsed, replaced) rather
// than relying on it.
bool is_historical(std::string_view sentence) {
    std::string s = lower_ascii(sentence);
    for (const char* marker : {"repeal", "lapsed", "replaced", "superseded", "formerly",
                               "previously", "originally", "revoked", "abolished", "no longer"})
        if (s.find(marker) != std::string::npos) return true;
    return false;
}

std::string cited_as(const ActCitation& c) {
    return c.year ? fmt::format("{} {}", c.title, c.year) : c.title;
}

std::string years_list(const std::vector<int>& years) {
    std::string out;
    for (std::size_t i = 0; i < years.size(); ++i) {
        if (i) out += i + 1 == years.size() ? " or " : ", ";
        out += std::to_string(years[i]);
    }
    return out;
}

// The register Act nearest in wording to an unknown title: one word added, dropped or
// changed, or a couple of letters; the year must agree when one is written.
const refdata::Act* nearest_act(const refdata::LegislationRegister& reg, const ActCitation& c) {
    std::vector<std::string> words = split_spaces(title_key(c.title));
    const refdata::Act* best = nullptr;
    std::size_t best_score = 3;
    for (const refdata::Act& act : reg.acts) {
        if (c.year && act.year != c.year) continue;
        std::string key = title_key(act.title);
        std::vector<std::string> act_words = split_spaces(key);
        std::size_t words_apart = word_edit_distance(words, act_words);
        std::size_t letters_apart = edit_distance(title_key(c.title), key);
        // One word added, dropped or changed keeps at least two words that say what the Act is
        // about ("Health and Care Act" for "Health and Social Care Act"; not "Water Act" for
        // "Licensing Act").
        std::size_t shared = 0;
        for (const std::string& w : words)
            if (w != "act" && w != "and" && w != "of" && w != "the" && w != "for" &&
                std::find(act_words.begin(), act_words.end(), w) != act_words.end())
                ++shared;
        std::size_t score = 3;
        if (words_apart == 1 && shared >= 2) score = 1;
        if (letters_apart <= 2 && key.size() >= 12)
            score = std::min<std::size_t>(score, letters_apart == 0 ? 0 : 1);
        if (score < best_score) {
            best = &act;
            best_score = score;
        }
    }
    return best_score <= 1 ? best : nullptr;
}

bool contains_phrase(const std::string& haystack, const std::string& phrase) {
    std::size_t at = haystack.find(phrase);
    while (at != std::string::npos) {
        bool start_ok = at == 0 || !std::isalnum(static_cast<unsigned char>(haystack[at - 1]));
        std::size_t end = at + phrase.size();
        bool end_ok =
            end >= haystack.size() || !std::isalnum(static_cast<unsigned char>(haystack[end]));
        if (start_ok && end_ok) return true;
        at = haystack.find(phrase, at + 1);
    }
    return false;
}

// The text a citation is made for: its sentence, with typographic quotes made plain.
std::string citation_context(const TextRun& run, const ActCitation& c) {
    std::string s = lower_ascii(sentence_text(run, c.span.begin));
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {
            out += '\'';
            i += 2;
        } else if (s.compare(i, 3, "\xE2\x80\x9C") == 0 || s.compare(i, 3, "\xE2\x80\x9D") == 0) {
            out += '"';
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

} // namespace

std::vector<LocatedActCitation> act_citations(const std::vector<TextRun>& runs) {
    std::vector<LocatedActCitation> out;
    for (std::size_t r = 0; r < runs.size(); ++r)
        for (ActCitation& c : find_act_citations(runs[r].text.text))
            out.push_back({r, std::move(c)});
    return out;
}

const refdata::Act* resolve_act(const refdata::LegislationRegister& reg, const ActCitation& cite) {
    if (!cite.year) return nullptr;
    if (const refdata::Act* act = reg.find(cite.title, cite.year)) return act;
    std::string key = title_key(cite.title);
    for (const refdata::Act& act : reg.acts)
        if (act.year == cite.year && title_key(act.title) == key) return &act;
    return nullptr;
}

std::vector<Diagnostic> check_act_titles(const Document& document, const std::vector<TextRun>& runs,
                                         const refdata::LegislationRegister* reg) {
    std::vector<Diagnostic> out;
    std::vector<LocatedActCitation> cites = act_citations(runs);
    // Spellings of each title in this document, by key.
    std::map<std::string, std::map<std::string, std::vector<const LocatedActCitation*>>> spellings;
    for (const LocatedActCitation& lc : cites)
        spellings[title_key(lc.cite.title)][lc.cite.title].push_back(&lc);

    for (const LocatedActCitation& lc : cites) {
        const ActCitation& c = lc.cite;
        const TextRun& run = runs[lc.run];
        std::string key = title_key(c.title);
        // Another spelling of the same title elsewhere in the document.
        const LocatedActCitation* other_spelling = nullptr;
        for (const auto& [spelling, where] : spellings[key])
            if (spelling != c.title && !other_spelling) other_spelling = where.front();

        if (reg) {
            if (reg->knows_title(c.title)) continue;
            std::string official;
            for (const refdata::Act& act : reg->acts)
                if (title_key(act.title) == key) official = act.title;
            for (const auto& [name, years] : reg->other_years)
                if (official.empty() && title_key(name) == key) official = name;
            if (!official.empty()) {
                Diagnostic d =
                    finding_at(document, run, c.title_span, "cite/act-title", Severity::Warning,
                               fmt::format("'{}' is not the Act's short title: it is the {}",
                                           c.title, official),
                               official);
                if (other_spelling)
                    add_note(d, document, runs[other_spelling->run],
                             other_spelling->cite.title_span,
                             fmt::format("the document also spells it '{}'",
                                         other_spelling->cite.title));
                out.push_back(std::move(d));
                continue;
            }
            if (const refdata::Act* near = nearest_act(*reg, c)) {
                out.push_back(finding_at(
                    document, run, c.title_span, "cite/act-title", Severity::Warning,
                    fmt::format("there is no '{}' in the legislation register; did you mean "
                                "the {} ({})?",
                                cited_as(c), near->full_title(), near->chapter),
                    near->title));
                continue;
            }
        }
        // Without the register: the document spells one title two ways.
        if (other_spelling) {
            const auto& mine = spellings[key][c.title];
            const auto& theirs = spellings[key][other_spelling->cite.title];
            bool minority = mine.size() < theirs.size() ||
                            (mine.size() == theirs.size() && other_spelling->run < lc.run);
            if (!minority) continue;
            Diagnostic d =
                finding_at(document, run, c.title_span, "cite/act-title", Severity::Warning,
                           fmt::format("the document spells this Act two ways: '{}' here and '{}' "
                                       "elsewhere",
                                       c.title, other_spelling->cite.title),
                           other_spelling->cite.title);
            add_note(d, document, runs[other_spelling->run], other_spelling->cite.title_span,
                     fmt::format("spelled '{}' here", other_spelling->cite.title));
            out.push_back(std::move(d));
        }
    }
    return out;
}

std::vector<Diagnostic> check_act_years(const Document& document, const std::vector<TextRun>& runs,
                                        const refdata::LegislationRegister& reg) {
    std::vector<Diagnostic> out;
    for (const LocatedActCitation& lc : act_citations(runs)) {
        const ActCitation& c = lc.cite;
        if (!c.year) continue;
        std::string title = c.title;
        if (!reg.knows_title(title)) {
            for (const refdata::Act& act : reg.acts)
                if (title_key(act.title) == title_key(title)) title = act.title;
        }
        std::vector<int> years = reg.years_of(title);
        if (years.empty() || std::find(years.begin(), years.end(), c.year) != years.end()) continue;
        Range year_span{c.title_span.end,
                        c.span.end > c.title_span.end ? c.span.end : c.title_span.end};
        if (c.span.end <= c.title_span.end) year_span = c.title_span;
        std::string suggestion =
            years.size() == 1 ? fmt::format("{} {}", title, years.front()) : std::string{};
        std::string message = fmt::format("there is no {} {}: the register has the {} of {}", title,
                                          c.year, title, years_list(years));
        // "Health and Care Act 2012" is more likely the Health and Social Care Act 2012.
        ActCitation other_title = c;
        if (const refdata::Act* near = nearest_act(reg, other_title);
            near && near->title != title) {
            message += fmt::format("; or did you mean the {}?", near->full_title());
            suggestion = near->full_title();
        }
        out.push_back(finding_at(document, runs[lc.run], {c.title_span.begin, c.span.end},
                                 "cite/act-year", Severity::Warning, message, suggestion));
    }
    return out;
}

std::vector<Diagnostic> check_act_repeals(const Document& document,
                                          const std::vector<TextRun>& runs,
                                          const refdata::LegislationRegister& reg) {
    std::vector<Diagnostic> out;
    for (const LocatedActCitation& lc : act_citations(runs)) {
        const ActCitation& c = lc.cite;
        const refdata::Act* act = resolve_act(reg, c);
        if (!act) continue;
        const TextRun& run = runs[lc.run];
        if (is_historical(sentence_text(run, c.span.begin))) continue;
        if (!act->repealed_by.empty()) {
            std::string successor = act->successor.empty() ? act->repealed_by : act->successor;
            out.push_back(finding_at(document, run, {c.title_span.begin, c.span.end},
                                     "cite/act-repealed", Severity::Warning,
                                     fmt::format("the {} was repealed by the {}; cite the {}",
                                                 act->full_title(), act->repealed_by, successor),
                                     successor));
            continue;
        }
        if (c.section.empty()) continue;
        const refdata::ActSection* section = act->section(c.section);
        if (section && !section->repealed_by.empty())
            out.push_back(finding_at(document, run, c.span, "cite/act-repealed", Severity::Warning,
                                     fmt::format("section {} of the {} ({}) was repealed by the {}",
                                                 section->number, act->full_title(),
                                                 section->subject, section->repealed_by)));
    }
    return out;
}

std::vector<Diagnostic> check_legislation_sections(const Document& document,
                                                   const std::vector<TextRun>& runs,
                                                   const refdata::LegislationRegister* reg) {
    std::vector<Diagnostic> out;
    std::vector<LocatedActCitation> cites = act_citations(runs);
    if (!reg) return out;
    // Citations of each section of each register Act, for the notes.
    std::map<std::pair<const refdata::Act*, std::string>, std::vector<const LocatedActCitation*>>
        by_section;
    for (const LocatedActCitation& lc : cites)
        if (const refdata::Act* act = resolve_act(*reg, lc.cite); act && !lc.cite.section.empty())
            by_section[{act, lower_ascii(lc.cite.section)}].push_back(&lc);
    for (const LocatedActCitation& lc : cites) {
        const ActCitation& c = lc.cite;
        if (c.section.empty()) continue;
        const refdata::Act* act = resolve_act(*reg, c);
        if (!act) continue;
        std::string context = citation_context(runs[lc.run], c);
        auto matches = [&](const refdata::ActSection& s) {
            return std::any_of(s.keywords.begin(), s.keywords.end(),
                               [&](const std::string& k) { return contains_phrase(context, k); });
        };
        const refdata::ActSection* cited = act->section(c.section);
        if (cited && matches(*cited)) continue;
        std::vector<const refdata::ActSection*> matching;
        for (const refdata::ActSection& s : act->sections)
            if (&s != cited && matches(s)) matching.push_back(&s);
        if (matching.size() != 1) continue;
        const refdata::ActSection* meant = matching.front();
        std::string what =
            cited ? fmt::format("section {} is about {}", cited->number, cited->subject)
                  : fmt::format("the register lists no section {} among its sections of interest",
                                c.section);
        Diagnostic d = finding_at(
            document, runs[lc.run], c.span, "cite/legislation-section", Severity::Warning,
            fmt::format(
                "cites section {}{} of the {} here, but {}; the context matches section {} ({})",
                c.section, c.subsection, act->full_title(), what, meant->number, meant->subject),
            fmt::format("Section {}{} of the {}", meant->number, c.subsection, act->full_title()));
        // Where the document itself cites the other section for the same thing (the first few).
        auto& places = by_section[{act, lower_ascii(meant->number)}];
        for (std::size_t k = 0; k < places.size() && k < 3; ++k) {
            const LocatedActCitation& other = *places[k];
            add_note(d, document, runs[other.run], other.cite.span,
                     fmt::format("section {} is cited here ({})", meant->number,
                                 unit_label(document, runs[other.run].unit)));
        }
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace clerk::content

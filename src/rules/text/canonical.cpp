#include "rules/helpers/canonical_wording.hpp"
#include "rules/rule.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clerk::check {

using namespace text;

namespace {

void find_text_canonical(const RuleContext& ctx, std::vector<Diagnostic>& out) {
    const Document& document = ctx.document;
    const std::vector<TextRun>& runs = ctx.runs;
    if (!ctx.data.canonical) return;
    const refdata::CanonicalTexts& texts = *ctx.data.canonical;
    for (const refdata::CanonicalText& canon : texts.texts) {
        if (canon.opening.empty()) continue;
        std::string opening = fold_case(canon.opening);
        for (std::size_t r = 0; r < runs.size(); ++r) {
            const TextRun& run = runs[r];
            const std::string& lowered = run.folded;
            std::vector<std::size_t> starts;
            for (std::size_t at = lowered.find(opening); at != std::string::npos;
                 at = lowered.find(opening, at + 1))
                starts.push_back(at);
            for (std::size_t s = 0; s < starts.size(); ++s) {
                std::size_t begin = starts[s];
                std::size_t end = s + 1 < starts.size() ? starts[s + 1] : run.text.text.size();
                // The item's name is written just before the passage: in the same run
                // ("Integrity: Holders ...") or as the run before (a heading or bold line).
                std::string label =
                    lowered.substr(s ? starts[s - 1] : 0, begin - (s ? starts[s - 1] : 0));
                if (label.size() > 80) label = label.substr(label.size() - 80);
                if (s == 0 && begin < 3 && r > 0 && runs[r - 1].text.text.size() < 80)
                    label = runs[r - 1].folded;
                const refdata::CanonicalItem* item = nullptr;
                for (const refdata::CanonicalItem& it : canon.items)
                    if (contains_word(label, fold_case(it.name))) item = &it;
                std::string_view passage =
                    std::string_view(run.text.text).substr(begin, end - begin);
                // Trailing words that start another item's label ("... interest. Integrity") are
                // not part of this passage.
                if (!item) {
                    double best = 0;
                    for (const refdata::CanonicalItem& it : canon.items) {
                        double sim = similarity(passage, it.text);
                        if (sim > best) {
                            best = sim;
                            item = &it;
                        }
                    }
                    if (best < 0.75) item = nullptr;
                }
                if (!item) continue;
                if (s + 1 < starts.size()) {
                    // Drop the next item's name from the end of this passage.
                    std::vector<Word> words = split_words(passage);
                    for (const refdata::CanonicalItem& it : canon.items)
                        if (!words.empty() && fold_case(words.back().text) == fold_case(it.name))
                            passage = passage.substr(0, words.back().begin);
                }
                if (same_words(passage, item->text)) continue;
                bool accepted =
                    std::any_of(item->accepted.begin(), item->accepted.end(),
                                [&](const std::string& a) { return same_words(passage, a); });
                if (accepted) continue;
                bool superseded = std::any_of(
                    item->superseded.begin(), item->superseded.end(), [&](const std::string& a) {
                        return same_words(passage, a) ||
                               similarity(passage, a) > similarity(passage, item->text);
                    });
                if (superseded) {
                    out.push_back(finding_at(
                        document, run, {begin, begin + passage.size()},
                        fmt::format("{} ({}) is quoted in an earlier wording; the {} wording "
                                    "is: \"{}\"",
                                    item->name, canon.title, canon.edition, item->text),
                        item->text));
                    continue;
                }
                std::vector<WordEdit> edits = word_diff(passage, item->text);
                if (edits.empty()) continue;
                std::size_t at = begin + edits.front().written_begin;
                std::size_t stop = at + std::max<std::size_t>(1, edits.front().written.size());
                out.push_back(
                    finding_at(document, run, {at, std::min(stop, run.text.text.size())},
                               fmt::format("{} departs from the {} wording of {}: {}", item->name,
                                           canon.edition, canon.title, describe_edits(edits)),
                               item->text));
            }
        }
    }
}

} // namespace

Rule rule_text_canonical() {
    return {
        "text/canonical",
        Severity::Warning,
        "a quoted standard text that departs from its canonical wording",
        "What it does: finds passages that quote a canonical text (the Seven Principles of Public "
        "Life, canonical-texts.yaml) and reports the word-level differences from the accepted "
        "wordings. Why: the Principles are quoted as authority and must be quoted exactly. "
        "Example: 'be willing to change poor behaviour' where the 2013 text says 'challenge'.",
        find_text_canonical,
        Needs::CanonicalTexts};
}

} // namespace clerk::check

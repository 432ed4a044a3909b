#include "rules/word_list_rules.hpp"

#include "refdata/bundled.hpp"
#include "text/text_runs.hpp"
#include "text/unicode.hpp"

#include <fmt/format.h>
#include <memory>
#include <stdexcept>
#include <yaml-cpp/yaml.h>

namespace clerk::check {

using namespace text;

namespace {

/// One phrase of a word list and what to write instead ("" for existence rules).
struct Entry {
    std::string phrase; ///< folded
    std::string suggestion;
};

struct WordList {
    std::vector<Entry> entries;
    std::string message;
};

bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           (static_cast<unsigned char>(c) & 0x80) != 0;
}

std::string fill_message(std::string message, std::string_view written,
                         std::string_view suggestion) {
    auto put = [&](std::string_view key, std::string_view value) {
        for (std::size_t at = message.find(key); at != std::string::npos;
             at = message.find(key, at + value.size()))
            message.replace(at, key.size(), value);
    };
    put("{written}", written);
    put("{suggestion}", suggestion);
    return message;
}

// Every word-bounded occurrence of each phrase, outside quotations and block quotes.
void find_phrases(const WordList& list, const RuleContext& ctx, std::vector<Diagnostic>& out) {
    for (const TextRun& run : ctx.runs) {
        if (run.in_quote) continue;
        const std::string& folded = run.folded;
        for (const Entry& e : list.entries) {
            for (std::size_t at = folded.find(e.phrase); at != std::string::npos;
                 at = folded.find(e.phrase, at + 1)) {
                std::size_t end = at + e.phrase.size();
                if ((at > 0 && word_char(folded[at - 1])) ||
                    (end < folded.size() && word_char(folded[end])))
                    continue;
                if (in_any(run.quotations, at)) continue;
                std::string written = run.text.text.substr(at, end - at);
                out.push_back(finding_at(ctx.document, run, {at, end},
                                         fill_message(list.message, written, e.suggestion),
                                         e.suggestion));
            }
        }
    }
}

} // namespace

std::optional<Rule> word_list_rule(std::string id, std::string_view yaml, const std::string& file,
                                   std::vector<Diagnostic>& problems) {
    auto problem = [&](const YAML::Mark& mark, std::string message) {
        problems.push_back(error_at(file,
                                    {static_cast<std::uint32_t>(mark.line + 1),
                                     static_cast<std::uint32_t>(mark.column + 1)},
                                    "rules/data", std::move(message),
                                    "see the format at the top of src/rules/word_list_rules.hpp"));
    };
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        problem(e.mark, "malformed rule file: " + e.msg);
        return std::nullopt;
    }
    if (!root.IsMap()) {
        problem(root.Mark(), "a rule file is a mapping (extends, severity, summary, doc ...)");
        return std::nullopt;
    }
    auto text = [&](const char* key) -> std::string {
        YAML::Node n = root[key];
        if (!n || !n.IsScalar()) {
            problem(root.Mark(), fmt::format("'{}' is missing or not text", key));
            return {};
        }
        return n.Scalar();
    };
    std::string kind = text("extends");
    Rule rule;
    rule.id = std::move(id);
    rule.summary = text("summary");
    rule.doc = text("doc");
    auto list = std::make_shared<WordList>();
    list->message = text("message");
    if (!parse_severity(text("severity"), rule.severity)) {
        problem(root["severity"].Mark(), "severity must be error, warning or info");
        return std::nullopt;
    }
    if (kind == "substitution") {
        YAML::Node swap = root["swap"];
        if (!swap || !swap.IsMap()) {
            problem(root.Mark(), "a substitution rule needs 'swap:', a map of phrase: suggestion");
            return std::nullopt;
        }
        for (const auto& kv : swap)
            list->entries.push_back(
                {fold_case(kv.first.as<std::string>()), kv.second.as<std::string>()});
    } else if (kind == "existence") {
        YAML::Node tokens = root["tokens"];
        if (!tokens || !tokens.IsSequence()) {
            problem(root.Mark(), "an existence rule needs 'tokens:', a list of phrases");
            return std::nullopt;
        }
        for (const auto& t : tokens)
            list->entries.push_back({fold_case(t.as<std::string>()), ""});
    } else {
        problem(root["extends"].Mark(),
                fmt::format("unknown kind '{}': use substitution or existence", kind));
        return std::nullopt;
    }
    if (rule.summary.empty() || rule.doc.empty() || list->message.empty()) return std::nullopt;
    rule.find = [list](const RuleContext& ctx, std::vector<Diagnostic>& out) {
        find_phrases(*list, ctx, out);
    };
    return rule;
}

std::vector<Rule> bundled_word_list_rules() {
    std::vector<Rule> out;
    for (const refdata::BundledFile& f : refdata::bundled_files()) {
        if (!f.name.starts_with("rules/") || !f.name.ends_with(".yaml")) continue;
        std::string_view stem = f.name.substr(6, f.name.size() - 6 - 5);
        std::vector<Diagnostic> problems;
        auto rule =
            word_list_rule(std::string(stem), f.text, refdata::bundled_label(f.name), problems);
        // The bundled rule files are tested with the build; a fault here is a build fault.
        if (!rule || !problems.empty())
            throw std::logic_error("bundled rule " + std::string(f.name) + ": " +
                                   (problems.empty() ? "incomplete" : problems[0].message));
        out.push_back(std::move(*rule));
    }
    return out;
}

} // namespace clerk::check

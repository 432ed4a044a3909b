// clerk check FILE...: run every rule and report the findings (SPEC 5).
#include "check/emit.hpp"
#include "check/engine.hpp"
#include "cli/commands.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iostream>

namespace clerk::cli {

namespace {

int fail_threshold(const std::string& fail_on) {
    if (fail_on == "none") return 3;
    Severity s = Severity::Error;
    parse_severity(fail_on, s);
    return static_cast<int>(s);
}

} // namespace

/// Checks documents and prints the findings; returns the exit status.
int run_check(const std::vector<std::string>& paths, const std::string& format,
              const std::string& fail_on, const std::string& config_path, std::ostream& out) {
    std::vector<Document> documents;
    documents.reserve(paths.size());
    std::vector<Diagnostic> all;
    bool unusable = false;
    for (const std::string& path : paths) {
        LoadResult loaded = load_file(path);
        for (Diagnostic& d : loaded.diagnostics)
            all.push_back(std::move(d));
        if (!loaded.ok()) {
            unusable = true;
            continue;
        }
        documents.push_back(std::move(*loaded.document));
        std::vector<Diagnostic> problems;
        check::CheckConfig config = check::config_for(path, config_path, problems);
        // A configuration that cannot be read as written stops the check before any rule
        // runs: findings made with settings the council did not choose would mislead.
        bool bad_config = std::any_of(problems.begin(), problems.end(), [](const Diagnostic& d) {
            return d.severity == Severity::Error;
        });
        check::CheckResult result;
        if (!bad_config) result = check::check_document(documents.back(), config);
        for (auto* list : {&problems, &result.problems, &result.findings})
            for (Diagnostic& d : *list)
                all.push_back(std::move(d));
    }
    check::Sources sources;
    for (const Document& doc : documents)
        sources[doc.source.path()] = &doc.source;
    if (format == "json")
        out << check::emit_json(all);
    else if (format == "sarif")
        out << check::emit_sarif(all);
    else {
        out << check::emit_human(all, sources, check::stdout_wants_colour());
        std::size_t counts[3] = {0, 0, 0};
        for (const Diagnostic& d : all)
            ++counts[static_cast<int>(d.severity)];
        out << fmt::format("{} error{}, {} warning{}, {} info in {} document{}\n", counts[2],
                           counts[2] == 1 ? "" : "s", counts[1], counts[1] == 1 ? "" : "s",
                           counts[0], paths.size(), paths.size() == 1 ? "" : "s");
    }
    if (unusable) return kExitUnusable;
    // A configuration or reference data that cannot be read is unusable input, as a
    // document is.
    for (const Diagnostic& d : all)
        if ((d.code.rfind("config/", 0) == 0 || d.code.rfind("refdata/", 0) == 0) &&
            d.severity == Severity::Error)
            return kExitUnusable;
    int threshold = fail_threshold(fail_on);
    for (const Diagnostic& d : all)
        if (static_cast<int>(d.severity) >= threshold) return kExitFindings;
    return kExitClean;
}

void register_check(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "check", "Check documents: references, numbering, citations, language, terms");
    struct Options {
        std::vector<std::string> paths;
        std::string format = "human";
        std::string fail_on = "error";
        std::string config;
    };
    auto opts = std::make_shared<Options>();
    cmd->add_option("FILE", opts->paths, "Documents to check")->required();
    cmd->add_option("--format", opts->format, "human, json or sarif")
        ->check(CLI::IsMember({"human", "json", "sarif"}));
    cmd->add_option("--fail-on", opts->fail_on,
                    "Lowest severity that makes the exit status 1: error, warning, info or none")
        ->check(CLI::IsMember({"error", "warning", "info", "none"}));
    cmd->add_option("--config", opts->config,
                    "Configuration file (default: clerk.yaml beside each document)");
    cmd->callback([opts] {
        int status = run_check(opts->paths, opts->format, opts->fail_on, opts->config, std::cout);
        if (status != kExitClean) exit_with(status);
    });
}

void register_rules(CLI::App& app) {
    auto* cmd = app.add_subcommand("rules", "List every rule with its severity and documentation");
    cmd->callback([] {
        for (const check::Rule& rule : check::rule_table())
            std::cout << fmt::format("{} ({})\n  {}\n  {}\n\n", rule.id, to_string(rule.severity),
                                     rule.summary, rule.doc);
    });
}

} // namespace clerk::cli

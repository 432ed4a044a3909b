// clerk check FILE...: run every rule and report the findings (SPEC 5).
#include "check/emit.hpp"
#include "check/engine.hpp"
#include "cli/commands.hpp"
#include "cli/document_inputs.hpp"

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

/// Checks prepared documents and prints the findings; returns the exit status.
int report_check(const std::vector<const DocumentInputs*>& inputs, const std::string& format,
                 const std::string& fail_on, std::ostream& out) {
    std::vector<Diagnostic> all;
    bool unusable = false;
    bool bad_config = false;
    bool bad_data = false;
    std::vector<const Document*> documents;
    for (const DocumentInputs* in : inputs) {
        for (const Diagnostic& d : in->diagnostics)
            all.push_back(d);
        for (const Diagnostic& d : in->config_problems) {
            all.push_back(d);
            bad_config = bad_config || d.severity == Severity::Error;
        }
        for (const Diagnostic& d : in->problems) {
            all.push_back(d);
            bad_data = bad_data || d.severity == Severity::Error;
        }
        if (!in->usable()) {
            unusable = true;
            continue;
        }
        documents.push_back(&*in->document);
        // A configuration that cannot be read as written stops the check before any rule
        // runs: findings made with settings the council did not choose would mislead.
        if (bad_config || bad_data) continue;
        check::CheckResult result =
            check::check_document(*in->document, in->links, in->data, in->config);
        for (auto* list : {&result.problems, &result.findings})
            for (Diagnostic& d : *list)
                all.push_back(std::move(d));
    }
    std::size_t document_count = inputs.size();
    check::Sources sources;
    for (const Document* doc : documents)
        sources[doc->source.path()] = &doc->source;
    out << check::emitters().at(format)(all, sources);
    if (format == "human") {
        std::size_t counts[3] = {0, 0, 0};
        for (const Diagnostic& d : all)
            ++counts[static_cast<int>(d.severity)];
        out << fmt::format("{} error{}, {} warning{}, {} info in {} document{}\n", counts[2],
                           counts[2] == 1 ? "" : "s", counts[1], counts[1] == 1 ? "" : "s",
                           counts[0], document_count, document_count == 1 ? "" : "s");
    }
    // A configuration or reference data that cannot be read is unusable input, as a
    // document is.
    if (unusable || bad_config || bad_data) return kExitUnusable;
    int threshold = fail_threshold(fail_on);
    for (const Diagnostic& d : all)
        if (static_cast<int>(d.severity) >= threshold) return kExitFindings;
    return kExitClean;
}

/// Checks documents and prints the findings; returns the exit status.
int run_check(const std::vector<std::string>& paths, const std::string& format,
              const std::string& fail_on, const std::string& config_path, std::ostream& out) {
    std::vector<DocumentInputs> inputs;
    inputs.reserve(paths.size());
    for (const std::string& path : paths)
        // No rule reads parallel provisions: the check links references only.
        inputs.push_back(prepare_document(path, config_path, /*with_parallels=*/false));
    // A report or minutes checked with the documents they present are resolved against them.
    link_appendices(inputs);
    std::vector<const DocumentInputs*> pointers;
    for (const DocumentInputs& in : inputs)
        pointers.push_back(&in);
    return report_check(pointers, format, fail_on, out);
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
    std::vector<std::string> formats;
    for (const auto& [name, _] : check::emitters())
        formats.push_back(name);
    cmd->add_option("--format", opts->format, "human, json or sarif")
        ->check(CLI::IsMember(formats));
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

// clerk links FILE [--format text|json]: the cross-link graph (SPEC 10).
#include "cli/commands.hpp"
#include "link/links.hpp"
#include "write/json_writer.hpp"

#include <cmath>
#include <fmt/format.h>
#include <iostream>
#include <nlohmann/json.hpp>

namespace clerk::cli {

namespace {

std::string unit_id(const Document& doc, UnitIndex u) {
    return u == kNoUnit ? "" : doc.units[static_cast<std::size_t>(u)].id;
}

std::string links_json(const Document& doc, const Links& links) {
    nlohmann::ordered_json out;
    out["format"] = kJsonFormat;
    auto& refs = out["references"] = nlohmann::ordered_json::array();
    for (const Reference& r : links.references) {
        auto add = [&](const nlohmann::ordered_json& to) {
            refs.push_back({{"from", unit_id(doc, r.from)},
                            {"to", to},
                            {"text", r.text},
                            {"kind", to_string(r.kind)},
                            {"line", r.span.begin.line},
                            {"column", r.span.begin.column}});
        };
        if (r.targets.empty()) add(nullptr);
        for (const ReferenceTarget& t : r.targets)
            add(t.unit == kNoUnit ? nlohmann::ordered_json(nullptr)
                                  : nlohmann::ordered_json(unit_id(doc, t.unit)));
    }
    auto& pars = out["parallels"] = nlohmann::ordered_json::array();
    for (const Parallel& p : links.parallels) {
        std::string words;
        for (const auto& w : p.matching)
            words += (words.empty() ? "" : " ") + w;
        pars.push_back({{"a", unit_id(doc, p.a.unit)},
                        {"b", unit_id(doc, p.b.unit)},
                        {"score", std::round(p.score * 100) / 100},
                        {"a_line", p.a.pos.line},
                        {"b_line", p.b.pos.line},
                        {"matching", words}});
    }
    return out.dump(2) + "\n";
}

std::string links_text(const Document& doc, const Links& links) {
    std::string out;
    for (const Reference& r : links.references) {
        std::string targets;
        for (const ReferenceTarget& t : r.targets)
            targets += (targets.empty() ? "" : ", ") +
                       (t.unit == kNoUnit ? t.id + " (unresolved)" : unit_id(doc, t.unit));
        out += fmt::format("{}:{}: {:<12} {:<8} \"{}\"{}\n", r.span.begin.line, r.span.begin.column,
                           to_string(r.kind), unit_id(doc, r.from), r.text,
                           targets.empty() ? "" : " -> " + targets);
    }
    for (const Parallel& p : links.parallels)
        out += fmt::format("parallel {} (line {}) <-> {} (line {}) score {:.2f}\n",
                           unit_id(doc, p.a.unit), p.a.pos.line, unit_id(doc, p.b.unit),
                           p.b.pos.line, p.score);
    return out;
}

} // namespace

void register_links(CLI::App& app) {
    auto* cmd = app.add_subcommand("links", "Print every reference and parallel provision");
    struct Options {
        std::string path;
        std::string format = "text";
    };
    auto opts = std::make_shared<Options>();
    cmd->add_option("FILE", opts->path, "Document to read")->required();
    cmd->add_option("--format", opts->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([opts] {
        Document doc = load_or_exit(opts->path);
        Links links = link_document(doc);
        std::cout << (opts->format == "json" ? links_json(doc, links) : links_text(doc, links));
    });
}

} // namespace clerk::cli

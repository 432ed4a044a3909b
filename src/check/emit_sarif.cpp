#include "check/emit.hpp"
#include "rules/rule.hpp"

#include <nlohmann/json.hpp>

namespace clerk::check {

std::string emit_sarif(const std::vector<Diagnostic>& diagnostics) {
    using json = nlohmann::ordered_json;
    json rules = json::array();
    for (const Rule& r : rule_table()) {
        rules.push_back(
            {{"id", r.id},
             {"name", r.id},
             {"shortDescription", {{"text", r.summary}}},
             {"fullDescription", {{"text", r.doc}}},
             {"help", {{"text", r.doc}}},
             {"defaultConfiguration",
              {{"level",
                r.severity == Severity::Info ? "note" : std::string(to_string(r.severity))}}}});
    }
    json results = json::array();
    for (const Diagnostic& d : diagnostics) {
        json region{{"startLine", std::max<std::uint32_t>(1, d.span.begin.line)},
                    {"startColumn", std::max<std::uint32_t>(1, d.span.begin.column)}};
        if (d.span.end.line >= d.span.begin.line && d.span.end.line > 0) {
            region["endLine"] = d.span.end.line;
            region["endColumn"] = d.span.end.column + 1;
        }
        json result{
            {"ruleId", d.code},
            {"level", d.severity == Severity::Info ? "note" : std::string(to_string(d.severity))},
            {"message",
             {{"text", d.suggestion.empty() ? d.message : d.message + ". " + d.suggestion}}},
            {"locations",
             json::array({{{"physicalLocation",
                            {{"artifactLocation", {{"uri", d.file}}}, {"region", region}}}}})}};
        if (const Rule* rule = find_rule(d.code)) {
            result["ruleIndex"] = static_cast<int>(rule - rule_table().data());
        }
        results.push_back(std::move(result));
    }
    json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
               {"version", "2.1.0"},
               {"runs", json::array({{{"tool",
                                       {{"driver",
                                         {{"name", "clerk"},

                                          {"rules", rules}}}}},
                                      {"results", results}}})}};
    return sarif.dump(2) + "\n";
}

} // namespace clerk::check

#include "write/front_matter_writer.hpp"

#include <cctype>
#include <yaml-cpp/yaml.h>

namespace clerk {

namespace {

// True for text a YAML 1.1 reader would take as a number or a boolean ("2.0", "yes"):
// written quoted, so that the value keeps its type in other tools too.
bool reads_as_other_type(const std::string& value) {
    std::string folded(value);
    for (char& c : folded)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* word : {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"})
        if (folded == word) return true;
    std::size_t i = !value.empty() && (value[0] == '-' || value[0] == '+') ? 1 : 0;
    std::size_t digits = 0, dots = 0;
    for (; i < value.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(value[i])))
            ++digits;
        else if (value[i] == '.' && dots == 0)
            ++dots;
        else
            return false;
    }
    return digits > 0;
}

void emit_string(YAML::Emitter& out, const std::string& value, bool quote) {
    if (quote || reads_as_other_type(value)) out << YAML::DoubleQuoted;
    out << value;
}

void emit_json(YAML::Emitter& out, const nlohmann::ordered_json& value) {
    if (value.is_object()) {
        out << YAML::Flow << YAML::BeginMap;
        for (const auto& [key, item] : value.items()) {
            out << YAML::Key << key << YAML::Value;
            emit_json(out, item);
        }
        out << YAML::EndMap;
    } else if (value.is_array()) {
        out << YAML::Flow << YAML::BeginSeq;
        for (const auto& item : value)
            emit_json(out, item);
        out << YAML::EndSeq;
    } else if (value.is_null()) {
        out << YAML::Null;
    } else if (value.is_string()) {
        emit_string(out, value.get<std::string>(), false);
    } else {
        out << value.dump(); // a number or a boolean, as it is
    }
}

} // namespace

std::string write_front_matter(const Metadata& meta) {
    YAML::Emitter out;
    out << YAML::BeginMap;
    auto put = [&](const char* key, const std::string& value, bool quote = false) {
        if (value.empty()) return;
        out << YAML::Key << key << YAML::Value;
        emit_string(out, value, quote);
    };
    put("title", meta.title);
    put("council", meta.council);
    put("part", meta.part);
    put("kind", meta.kind);
    put("version", meta.version, true);
    put("status", meta.status);
    put("date", meta.date);
    put("meeting", meta.meeting);
    put("definitions", meta.definitions, true);
    if (!meta.history.empty()) {
        out << YAML::Key << "history" << YAML::Value << YAML::BeginSeq;
        for (const HistoryEntry& h : meta.history) {
            out << YAML::Flow << YAML::BeginMap;
            put("version", h.version, true);
            put("date", h.date);
            put("status", h.status);
            put("by", h.by);
            put("note", h.note);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    for (const auto& [key, value] : meta.extra.items()) {
        out << YAML::Key << key << YAML::Value;
        emit_json(out, value);
    }
    out << YAML::EndMap;
    // An empty mapping is written "{}"; front matter with no keys is just the two rules.
    std::string body = out.c_str();
    return body == "{}" ? "---\n---\n" : "---\n" + body + "\n---\n";
}

} // namespace clerk

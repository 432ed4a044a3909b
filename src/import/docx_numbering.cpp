#include "import/docx_numbering.hpp"

#include <algorithm>
#include <cstdlib>

namespace clerk::import {

namespace {

int int_attribute(const pugi::xml_node& node, const char* name, int fallback) {
    pugi::xml_attribute a = node.attribute(name);
    if (!a) return fallback;
    return std::atoi(a.value());
}

// A list's start value. Word accepts 0 to 32767; anything outside (a negative number, one
// past what an int holds) is clamped, so that counting on from it cannot overflow.
int start_attribute(const pugi::xml_node& node, int fallback) {
    pugi::xml_attribute a = node.attribute("w:val");
    if (!a) return fallback;
    long long value = std::strtoll(a.value(), nullptr, 10);
    return static_cast<int>(std::clamp<long long>(value, 0, 32767));
}

std::string roman(int value, bool upper) {
    static const std::pair<int, const char*> table[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto& [n, s] : table)
        while (value >= n && out.size() < 20) {
            out += s;
            value -= n;
        }
    if (upper)
        for (char& c : out)
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string letters(int value, bool upper) {
    // Word repeats the letter: a .. z, aa .. zz, aaa ...
    if (value < 1) return "";
    char c = static_cast<char>((upper ? 'A' : 'a') + (value - 1) % 26);
    return std::string(static_cast<std::size_t>(std::min(10, (value - 1) / 26 + 1)), c);
}

} // namespace

std::string DocxNumbering::format_number(int value, const std::string& format) {
    if (format == "lowerLetter") return letters(value, false);
    if (format == "upperLetter") return letters(value, true);
    if (format == "lowerRoman") return roman(value, false);
    if (format == "upperRoman") return roman(value, true);
    if (format == "decimalZero") return (value < 10 ? "0" : "") + std::to_string(value);
    if (format == "none") return "";
    return std::to_string(value);
}

void DocxNumbering::load(const pugi::xml_node& numbering) {
    for (pugi::xml_node abstract : numbering.children("w:abstractNum")) {
        int id = int_attribute(abstract, "w:abstractNumId", -1);
        auto& levels = abstracts_[id];
        for (pugi::xml_node lvl : abstract.children("w:lvl")) {
            Level level;
            level.start = start_attribute(lvl.child("w:start"), 1);
            if (pugi::xml_node fmt = lvl.child("w:numFmt"))
                level.format = fmt.attribute("w:val").value();
            level.text = lvl.child("w:lvlText").attribute("w:val").value();
            levels[int_attribute(lvl, "w:ilvl", 0)] = level;
        }
    }
    for (pugi::xml_node num : numbering.children("w:num")) {
        Instance instance;
        instance.abstract_id = int_attribute(num.child("w:abstractNumId"), "w:val", -1);
        for (pugi::xml_node o : num.children("w:lvlOverride")) {
            int level = int_attribute(o, "w:ilvl", 0);
            if (pugi::xml_node start = o.child("w:startOverride"))
                instance.start_overrides[level] = start_attribute(start, 1);
            // A level redefined in the override replaces the list's own.
            if (pugi::xml_node lvl = o.child("w:lvl")) {
                Level redefined = abstracts_[instance.abstract_id][level];
                if (pugi::xml_node fmt = lvl.child("w:numFmt"))
                    redefined.format = fmt.attribute("w:val").value();
                if (pugi::xml_node text = lvl.child("w:lvlText"))
                    redefined.text = text.attribute("w:val").value();
                if (pugi::xml_node start = lvl.child("w:start"))
                    redefined.start = start_attribute(start, 1);
                abstracts_[instance.abstract_id][level] = redefined;
            }
        }
        instances_[int_attribute(num, "w:numId", -1)] = instance;
    }
}

std::optional<NumberLabel> DocxNumbering::next(int num_id, int level) {
    auto inst = instances_.find(num_id);
    if (inst == instances_.end() || level < 0 || level > 8) return std::nullopt;
    auto abs = abstracts_.find(inst->second.abstract_id);
    if (abs == abstracts_.end()) return std::nullopt;
    auto& levels = abs->second;
    auto def = levels.find(level);
    if (def == levels.end()) return std::nullopt;

    std::vector<std::optional<int>>& counters = counters_[inst->second.abstract_id];
    counters.resize(9);
    Instance& instance = inst->second;
    std::optional<int>& counter = counters[static_cast<std::size_t>(level)];
    if (auto o = instance.start_overrides.find(level);
        o != instance.start_overrides.end() && !instance.override_used[level]) {
        // A restart: this paragraph shows the override's value itself (0 included).
        instance.override_used[level] = true;
        counter = o->second;
    } else {
        counter = counter ? *counter + 1 : def->second.start;
    }
    for (std::size_t d = static_cast<std::size_t>(level) + 1; d < counters.size(); ++d)
        counters[d].reset();

    NumberLabel label;
    label.level = level;
    if (def->second.format == "bullet") {
        label.bullet = true;
        label.text = def->second.text;
        return label;
    }
    if (def->second.format == "none" && def->second.text.find('%') == std::string::npos)
        return std::nullopt;
    label.decimal = true;
    const std::string& pattern = def->second.text;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' &&
            pattern[i + 1] <= '9') {
            int at = pattern[i + 1] - '1';
            const Level& shown = levels[at];
            int value = counters[static_cast<std::size_t>(at)].value_or(shown.start);
            if (shown.format != "decimal" && shown.format != "decimalZero") label.decimal = false;
            label.text += format_number(value, shown.format);
            ++i;
            continue;
        }
        label.text += pattern[i];
    }
    if (label.text.empty()) return std::nullopt;
    return label;
}

} // namespace clerk::import

// clerk outline FILE: the unit tree with IDs, titles (or first words) and lines.
#include "cli/commands.hpp"
#include "model/plain_text.hpp"

#include <fmt/format.h>
#include <iostream>

namespace clerk::cli {

namespace {

std::string first_words(const Unit& unit, std::size_t max_chars) {
    if (!unit.title.empty()) return unit.title;
    std::string text = plain_text(unit);
    auto newline = text.find('\n');
    if (newline != std::string::npos) text.resize(newline);
    if (text.size() <= max_chars) return text;
    std::size_t cut = text.rfind(' ', max_chars);
    if (cut == std::string::npos || cut < max_chars / 2) cut = max_chars;
    return text.substr(0, cut) + " …";
}

void print_unit(const Document& doc, UnitIndex index, int depth, std::string& out) {
    const Unit& unit = doc.units[static_cast<std::size_t>(index)];
    std::string label = unit.number.empty() ? "[" + unit.id + "]" : unit.number;
    out += fmt::format("{:>5}  {}{} {}\n", unit.span.begin.line,
                       std::string(static_cast<std::size_t>(depth) * 2, ' '), label,
                       first_words(unit, 60));
    for (UnitIndex child : unit.children)
        print_unit(doc, child, depth + 1, out);
}

} // namespace

std::string outline_text(const Document& doc) {
    std::string out;
    for (UnitIndex root : doc.roots)
        print_unit(doc, root, 0, out);
    return out;
}

void register_outline(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("outline", "Print the unit tree: line, number, title or first words");
    auto path = std::make_shared<std::string>();
    cmd->add_option("FILE", *path, "Document to read (.md)")->required();
    cmd->callback([path] {
        Document doc = load_or_exit(*path);
        std::cout << outline_text(doc);
    });
}

} // namespace clerk::cli

#include "import/list_glyphs.hpp"

#include "import/text_utils.hpp"

#include <array>

namespace clerk::import {

namespace {

// Symbol and Wingdings bullets as extracted into the private use area, then ordinary ones.
constexpr std::array<std::string_view, 7> kPrivateUse{"\uF0B7", "\uF0A7", "\uF076", "\uF0D8",
                                                      "\uF0FC", "\uF0A8", "\uF06E"};
constexpr std::array<std::string_view, 12> kBullets{"•", "·", "◦", "▪", "■", "‣",
                                                    "⁃", "●", "○", "➢", "►", "∙"};

std::optional<ListGlyph> match_one(std::string_view text) {
    for (std::string_view g : kPrivateUse) {
        if (text.substr(0, g.size()) == g) {
            std::size_t n = g.size();
            while (n < text.size() && (text[n] == ' ' || text[n] == '\t'))
                ++n;
            return ListGlyph{std::string(g), n};
        }
    }
    auto spaced = [&](std::string_view g) -> std::optional<ListGlyph> {
        if (text.substr(0, g.size()) != g) return std::nullopt;
        std::size_t n = g.size();
        if (n == text.size()) return ListGlyph{std::string(g), n};
        if (text[n] != ' ' && text[n] != '\t') return std::nullopt;
        while (n < text.size() && (text[n] == ' ' || text[n] == '\t'))
            ++n;
        return ListGlyph{std::string(g), n};
    };
    for (std::string_view g : kBullets)
        if (auto m = spaced(g)) return m;
    // "o" and "-" only when words follow: "o to clarify", "- ask for".
    for (std::string_view g :
         {std::string_view("o"), std::string_view("-"), std::string_view("*")}) {
        auto m = spaced(g);
        if (m && m->length < text.size()) {
            char32_t next = first_char(text.substr(m->length));
            if (next == '-' || next == '*') continue; // "- - -" rules, "* *"
            return m;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<ListGlyph> match_list_glyph(std::string_view text) {
    auto first = match_one(text);
    if (!first) return first;
    if (first->glyph == "-" || first->glyph == "*") {
        if (auto inner = match_one(text.substr(first->length)))
            return ListGlyph{inner->glyph, first->length + inner->length};
    }
    return first;
}

} // namespace clerk::import

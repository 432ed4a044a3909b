// Word's automatic numbering (numbering.xml): list definitions with their levels (number
// format, level text such as "%1.%2", start value), list instances with restarts, and the
// counters that give each numbered paragraph the number a reader sees in Word.
#pragma once

#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace clerk::import {

/// The label Word shows before a numbered paragraph.
struct NumberLabel {
    std::string text;     ///< "5.7", "1.", "a)", or the bullet glyph
    bool bullet = false;  ///< a bullet rather than a number
    bool decimal = false; ///< every number in the label is decimal ("5.7", "1.")
    int level = 0;        ///< 0-based level (w:ilvl)
};

/// The numbering of one document, with its counters.
class DocxNumbering {
  public:
    /// Reads numbering.xml (`w:numbering`); missing parts leave no lists.
    void load(const pugi::xml_node& numbering);
    /// The label of the next paragraph numbered with list `num_id` at level `level`,
    /// advancing the counters (deeper levels restart); nothing when the list is unknown or
    /// its level shows no label.
    std::optional<NumberLabel> next(int num_id, int level);

    /// Formats a counter in a Word number format: decimal, lowerLetter, upperRoman, ...
    static std::string format_number(int value, const std::string& format);

  private:
    struct Level {
        std::string format = "decimal";
        std::string text;
        int start = 1;
    };
    struct Instance {
        int abstract_id = -1;
        std::map<int, int> start_overrides; ///< level -> start, applied on first use
        std::map<int, bool> override_used;
    };
    std::map<int, std::map<int, Level>> abstracts_; ///< abstractNumId -> level -> definition
    std::map<int, Instance> instances_;             ///< numId -> instance
    /// abstractNumId -> counter per level (empty until the level's first paragraph).
    std::map<int, std::vector<std::optional<int>>> counters_;
};

} // namespace clerk::import

#include "import/text_lines.hpp"

#include "import/text_utils.hpp"

#include <algorithm>

namespace clerk::import {

std::vector<TextLine> split_lines(const std::string& text) {
    std::vector<TextLine> lines;
    std::size_t start = 0;
    std::uint32_t number = 1;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string::npos) end = text.size();
        std::string raw = text.substr(start, end - start);
        raw.erase(std::remove(raw.begin(), raw.end(), '\f'), raw.end());
        TextLine line;
        line.number = number++;
        std::size_t lead = 0;
        while (lead < raw.size() && raw[lead] == ' ')
            ++lead;
        line.indent = lead;
        std::size_t tail = raw.size();
        while (tail > lead && (raw[tail - 1] == ' ' || raw[tail - 1] == '\t'))
            --tail;
        // A line of tabs only carries no text; keep the tabs of table rows otherwise.
        line.text = raw.substr(lead, tail - lead);
        lines.push_back(std::move(line));
        if (end == text.size()) break;
        start =
            end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
    }
    if (!lines.empty() && lines.back().blank()) lines.pop_back();
    return lines;
}

std::size_t typical_width(const std::vector<TextLine>& lines) {
    std::vector<std::size_t> widths;
    for (const TextLine& line : lines)
        if (!line.blank() && !line.dropped && line.text.find('\t') == std::string::npos)
            widths.push_back(display_length(line.text) + line.indent);
    if (widths.empty()) return 40;
    auto at = widths.begin() + static_cast<std::ptrdiff_t>(widths.size() * 8 / 10);
    std::nth_element(widths.begin(), at, widths.end());
    return std::max<std::size_t>(40, *at);
}

} // namespace clerk::import

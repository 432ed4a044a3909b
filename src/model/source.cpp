#include "model/source.hpp"

#include <algorithm>

namespace clerk {

SourceText::SourceText(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
    }
    if (text_.empty()) line_starts_.clear();
}

std::string_view SourceText::line(std::uint32_t number) const {
    if (number == 0 || number > line_starts_.size()) return {};
    std::size_t begin = line_starts_[number - 1];
    std::size_t end = text_.find('\n', begin);
    if (end == std::string::npos) end = text_.size();
    if (end > begin && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(begin, end - begin);
}

SourcePos SourceText::position_of(std::size_t offset) const {
    if (line_starts_.empty()) return {};
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    return {static_cast<std::uint32_t>(index + 1),
            static_cast<std::uint32_t>(offset - line_starts_[index] + 1)};
}

std::size_t SourceText::offset_of(SourcePos pos) const {
    if (line_starts_.empty() || pos.line == 0) return 0;
    std::size_t index = std::min<std::size_t>(pos.line, line_starts_.size()) - 1;
    std::size_t column = pos.column == 0 ? 0 : pos.column - 1;
    return std::min(text_.size(), line_starts_[index] + column);
}

} // namespace clerk

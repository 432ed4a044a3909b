#include "render/mustache.hpp"

#include "render/html_writer.hpp"

namespace clerk::render {

bool mustache_is_valid(const std::string& text) {
    return kainjow::mustache::mustache(text).is_valid();
}

std::string mustache_error(const std::string& text) {
    return kainjow::mustache::mustache(text).error_message();
}

std::string render_mustache(const std::string& text, const TemplateData& data) {
    kainjow::mustache::mustache tmpl(text);
    tmpl.set_custom_escape([](const std::string& s) { return escape_html(s); });
    return tmpl.render(data);
}

std::string fill_wording(const std::string& wording,
                         std::initializer_list<std::pair<const char*, std::string>> values) {
    TemplateData data;
    for (const auto& [key, value] : values)
        if (!value.empty()) data.set(key, value);
    kainjow::mustache::mustache tmpl(wording);
    tmpl.set_custom_escape([](const std::string& s) { return s; });
    return tmpl.render(data);
}

} // namespace clerk::render

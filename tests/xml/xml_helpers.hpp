// Helpers for the Akoma Ntoso tests: loading XML text, comparing models without positions.
#pragma once

#include "load/load.hpp"
#include "write/json_writer.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace clerk::test {

/// Loads Akoma Ntoso text given inline in a test.
inline LoadResult load_akn(const std::string& text, const std::string& name = "fixture.xml") {
    return load_text(name, text, "akn");
}

/// JSON without "line" and "column" keys, for comparing models read from different files.
inline nlohmann::ordered_json without_positions(nlohmann::ordered_json value) {
    if (value.is_object()) {
        value.erase("line");
        value.erase("column");
        for (auto& [key, item] : value.items())
            item = without_positions(item);
    } else if (value.is_array()) {
        for (auto& item : value)
            item = without_positions(item);
    }
    return value;
}

/// The model as position-free JSON text.
inline std::string model_json(const Document& doc) {
    return without_positions(document_to_json(doc)).dump(1);
}

} // namespace clerk::test

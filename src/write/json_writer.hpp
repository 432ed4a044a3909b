// The JSON form of the model (`clerk export --to json`), stable shape "clerk/1" (SPEC 10).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/document.hpp"

namespace clerk {

/// The format tag of every machine-readable output.
inline constexpr const char* kJsonFormat = "clerk/1";

/// Metadata as JSON: the known keys that are set, history, then every other key.
nlohmann::ordered_json metadata_to_json(const Metadata& meta);

/// The whole document: {"format", "metadata", "units": [tree]}; each unit has "id",
/// "number", "kind", "title", "line", "column", "text" (own plain text), "blocks",
/// "children" and, for definitions, "definition".
nlohmann::ordered_json document_to_json(const Document& doc);

/// document_to_json, serialised with two-space indentation and a final newline.
std::string write_json(const Document& doc);

} // namespace clerk

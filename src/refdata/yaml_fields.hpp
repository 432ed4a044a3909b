// Reading typed fields from YAML nodes, with errors that name the data file and line.
#pragma once

#include "model/diagnostic.hpp"

#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace clerk::refdata {

/// Thrown by the field readers; caught by each loader and turned into a Diagnostic.
struct DataError {
    std::string message;
    std::string suggestion;
    SourcePos pos;
};

/// The 1-based position of a node in its file.
SourcePos position(const YAML::Node& node);

/// Parses a whole data file; a syntax error becomes a DataError with the file's line.
YAML::Node parse_yaml(const std::string& text);

/// The mapping under `key` of `root`, which must be a sequence (for top-level lists).
YAML::Node require_sequence(const YAML::Node& map, const char* key, const char* what);

/// A required string field of a mapping.
std::string require_string(const YAML::Node& map, const char* key, const char* what);
/// An optional string field ("" when absent).
std::string optional_string(const YAML::Node& map, const char* key);
/// A required integer field.
int require_int(const YAML::Node& map, const char* key, const char* what);
/// An optional list of strings (a single string counts as a list of one).
std::vector<std::string> optional_strings(const YAML::Node& map, const char* key);
/// The node must be a mapping (one entry of a list).
void require_map(const YAML::Node& node, const char* what);

/// Converts a DataError into the Diagnostic a loader returns.
Diagnostic data_diagnostic(const std::string& file, const std::string& code,
                           const DataError& error);

} // namespace clerk::refdata

// The pack manifest (SPEC 8): the meeting, its membership and its items with their documents.
#pragma once

#include "model/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace clerk::pack {

/// One document of an item: a file Clerk reads, or an existing PDF.
struct ManifestDocument {
    std::string path;     ///< as written in the manifest
    std::string resolved; ///< relative to the manifest's folder
    std::string title;    ///< `title:` when given (else the document's own title is used)
    SourcePos pos;        ///< where the path is written
    bool is_pdf() const;
};

/// One agenda item.
struct ManifestItem {
    std::string title;
    std::string note; ///< a line under the title on the agenda ("Report of Chief Executive")
    std::vector<ManifestDocument> documents;
    SourcePos pos;
};

/// Who to contact about the meeting.
struct Contact {
    std::string name;
    std::string phone;
    std::string email;
};

/// The whole manifest.
struct Manifest {
    std::string path; ///< the manifest file, as given
    std::string council;
    std::string committee;
    std::string date; ///< ISO date as written
    std::string time;
    std::string venue;
    std::string lang = "en-GB"; ///< the pack's language (`/Lang`)
    Contact contact;
    std::vector<std::string> membership;
    std::vector<ManifestItem> items;
};

/// The manifest, or the problems that make it unusable (each naming its line).
struct ManifestResult {
    std::optional<Manifest> manifest;
    std::vector<Diagnostic> diagnostics;
};

/// Reads and validates a manifest's keys and shapes (not the files it names).
ManifestResult read_manifest(const std::string& path, const std::string& text);

/// Reads the manifest file at `path`.
ManifestResult read_manifest_file(const std::string& path);

} // namespace clerk::pack

// Document metadata: the front matter of a Markdown document or the <meta> of an XML one.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/source.hpp"

namespace clerk {

/// One row of the document-control table (`history:` in front matter).
struct HistoryEntry {
    std::string version;
    std::string date; ///< ISO date as written, e.g. "2020-11-11"
    std::string status;
    std::string by;   ///< the body that acted, e.g. "Council"
    std::string note;

    friend bool operator==(const HistoryEntry&, const HistoryEntry&) = default;
};

/// The metadata Clerk knows by name, plus every other key kept in order.
struct Metadata {
    std::string title;
    std::string council;
    std::string part;        ///< the Constitution part, e.g. "Part 5(d)"
    std::string version;     ///< e.g. "2.0"
    std::string status;      ///< draft | consultation | recommended | adopted | superseded
    std::string date;        ///< ISO date of this version
    std::string meeting;     ///< the meeting the version goes to
    std::string kind;        ///< "protocol" (default) or "action-plan"
    std::string definitions; ///< ID of the definitions unit when not titled "Definitions"
    std::vector<HistoryEntry> history;
    nlohmann::ordered_json extra = nlohmann::ordered_json::object(); ///< other keys, in order
    SourcePos pos;           ///< where the metadata starts in the source

    friend bool operator==(const Metadata&, const Metadata&) = default;
};

/// The statuses a document may have, in lifecycle order.
inline const std::vector<std::string>& known_statuses() {
    static const std::vector<std::string> statuses{"draft", "consultation", "recommended",
                                                   "adopted", "superseded"};
    return statuses;
}

} // namespace clerk

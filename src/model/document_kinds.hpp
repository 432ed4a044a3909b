// The kinds of document (front matter `kind:`), and which kinds speak of other documents.
#pragma once

#include "model/metadata.hpp"

#include <string>
#include <vector>

namespace clerk {

/// The kinds of document: a protocol (the default, also written as no kind) and an action
/// plan, and the parts an agenda pack is split into (`clerk import --split`).
inline const std::vector<std::string>& known_kinds() {
    static const std::vector<std::string> kinds{"protocol", "action-plan", "agenda",
                                                "minutes",  "report",      "appendix"};
    return kinds;
}

/// True for a document that speaks of others (a report, minutes, an agenda, or a document
/// whose front matter lists its appendices): the numbers it cites may be theirs.
inline bool covers_other_documents(const Metadata& meta) {
    return meta.kind == "report" || meta.kind == "minutes" || meta.kind == "agenda" ||
           meta.extra.contains("appendices");
}

} // namespace clerk

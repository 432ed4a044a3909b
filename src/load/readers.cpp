// The reader table: add a line here to teach Clerk a new source format.
#include "load/load.hpp"

namespace clerk {

const std::vector<ReaderEntry>& readers() {
    static const std::vector<ReaderEntry> table{
        {"markdown", {".md", ".markdown"}, read_markdown},
    };
    return table;
}

} // namespace clerk

// The reader table: add a line here to teach Clerk a new source format.
#include "load/load.hpp"
#include "xml/akn_reader.hpp"

namespace clerk {

namespace {

// Readers of other stages return their own result type; the table takes a LoadResult.
template <typename Result> LoadResult as_load_result(Result result) {
    return LoadResult{std::move(result.document), std::move(result.diagnostics)};
}

} // namespace

const std::vector<ReaderEntry>& readers() {
    static const std::vector<ReaderEntry> table{
        {"markdown", {".md", ".markdown"}, read_markdown},
        {"akn", {".xml", ".akn"}, [](SourceText s) { return as_load_result(xml::read_akn(std::move(s))); }},
    };
    return table;
}

} // namespace clerk

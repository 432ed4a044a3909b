#include "load/load.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "io/files.hpp"
#include "load/encoding.hpp"
#include "model/limits.hpp"

namespace clerk {

namespace {

const ReaderEntry* reader_for_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const ReaderEntry& entry : readers())
        for (std::string_view e : entry.extensions)
            if (e == ext) return &entry;
    return nullptr;
}

const ReaderEntry* reader_named(std::string_view name) {
    for (const ReaderEntry& entry : readers())
        if (entry.name == name) return &entry;
    return nullptr;
}

LoadResult failure(Diagnostic diagnostic) {
    LoadResult result;
    result.diagnostics.push_back(std::move(diagnostic));
    return result;
}

} // namespace

LoadResult load_text(const std::string& path, std::string text, std::string_view reader) {
    if (auto bad = check_utf8(path, text)) return failure(std::move(*bad));
    const ReaderEntry* entry = reader_named(reader);
    if (!entry) {
        return failure({Severity::Error, "load/format",
                        "no reader named '" + std::string(reader) + "'", path, {}, "", {}});
    }
    return entry->read(SourceText(path, std::move(text)));
}

LoadResult load_file(const std::string& path) {
    const ReaderEntry* entry = reader_for_extension(path);
    std::string_view name = entry ? entry->name : std::string_view("markdown");
    FileContents contents = read_file(path, limits::document_bytes(name));
    if (!contents.bytes) {
        std::string hint =
            contents.error == "no such file"
                ? "check the path; run `clerk outline protocol-text/southend/protocol.md` for "
                  "the bundled protocol"
            : contents.error.rfind("file is too large", 0) == 0
                ? "split the document into parts Clerk reads one by one (see README, 'Hardening')"
                : "give the path of a regular file Clerk can read (check its permissions)";
        return failure({Severity::Error, "load/file", "cannot read file: " + contents.error, path,
                        {}, hint, {}});
    }
    return load_text(path, std::move(*contents.bytes), name);
}

} // namespace clerk

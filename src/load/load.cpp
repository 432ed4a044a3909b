#include "load/load.hpp"

#include "io/files.hpp"
#include "load/encoding.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

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

// The reader whose format the file's first bytes announce: a PDF named .txt is a PDF.
const ReaderEntry* reader_for_magic(const std::string& path) {
    // A FIFO or device would block here; read_file refuses them with a message.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
    std::ifstream in(path, std::ios::binary);
    char buffer[8] = {};
    in.read(buffer, sizeof buffer);
    std::string_view head(buffer, static_cast<std::size_t>(in.gcount()));
    for (const ReaderEntry& entry : readers())
        if (!entry.magic.empty() && head.substr(0, entry.magic.size()) == entry.magic)
            return &entry;
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

LoadResult no_reader(const std::string& path, std::string_view reader) {
    return failure({Severity::Error,
                    "load/format",
                    "no reader named '" + std::string(reader) + "'",
                    path,
                    {},
                    "",
                    {}});
}

} // namespace

LoadResult load_text(const std::string& path, std::string text, std::string_view reader) {
    const ReaderEntry* entry = reader_named(reader);
    if (!entry) return no_reader(path, reader);
    if (entry->read_bytes) return entry->read_bytes(path, std::move(text));
    if (auto bad = check_utf8(path, text)) return failure(std::move(*bad));
    return entry->read(SourceText(path, std::move(text)));
}

LoadResult load_bytes(const std::string& path, std::string bytes, std::string_view reader) {
    return load_text(path, std::move(bytes), reader);
}

LoadResult load_file(const std::string& path) {
    const ReaderEntry* entry = reader_for_magic(path);
    if (!entry) entry = reader_for_extension(path);
    if (!entry) entry = reader_named("markdown");
    FileContents contents = read_file(path, entry->max_bytes);
    if (!contents.bytes) {
        std::string hint =
            contents.error == "no such file"
                ? "check the path; run `clerk outline protocol-text/southend/protocol.md` for "
                  "the bundled protocol"
            : contents.error.find("too large") != std::string::npos
                ? "read the part of the document that holds the protocol"
                : "check the file's permissions and that it is a regular file";
        return failure({Severity::Error,
                        "load/file",
                        "cannot read file: " + contents.error,
                        path,
                        {},
                        hint,
                        {}});
    }
    return load_text(path, std::move(*contents.bytes), entry->name);
}

} // namespace clerk

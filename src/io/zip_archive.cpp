#include "io/zip_archive.hpp"

#include <zip.h>

namespace clerk {

std::string zip_archive(const std::vector<ZipEntry>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_error_fini(&error);
    if (!buffer) return "";
    zip_error_init(&error);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(buffer);
        return "";
    }
    // The buffer outlives the archive: its bytes are read after zip_close.
    zip_source_keep(buffer);
    bool added = true;
    for (const auto& [name, content] : entries) {
        zip_source_t* part = zip_source_buffer(archive, content.data(), content.size(), 0);
        if (!part || zip_file_add(archive, name.c_str(), part, ZIP_FL_OVERWRITE) < 0) {
            if (part) zip_source_free(part);
            added = false;
            break;
        }
    }
    std::string out;
    if (!added) {
        zip_discard(archive);
    } else if (zip_close(archive) != 0) {
        zip_discard(archive);
    } else if (zip_source_open(buffer) == 0) {
        char chunk[65536];
        zip_int64_t n;
        while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
            out.append(chunk, static_cast<std::size_t>(n));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return out;
}

} // namespace clerk

#include "import/docx_package.hpp"

#include <zip.h>

namespace clerk::import {

struct DocxPackage::Impl {
    zip_t* archive = nullptr;
};

namespace {

std::string zip_error_text(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

} // namespace

DocxPackage::DocxPackage(const std::string& bytes, PackageLimits limits)
    : impl_(std::make_unique<Impl>()), limits_(limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        error_ = zip_error_strerror(&error);
        zip_error_fini(&error);
        return;
    }
    impl_->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!impl_->archive) {
        int code = zip_error_code_zip(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        // A file that opens like a zip but has no end-of-archive record was cut short.
        bool zip_start = bytes.rfind("PK\x03\x04", 0) == 0;
        if (code == ZIP_ER_NOZIP && !zip_start)
            error_ = "not a zip archive";
        else if (code == ZIP_ER_NOZIP)
            error_ = "truncated zip archive: it has no end-of-archive record";
        else
            error_ = "damaged or truncated zip archive (" + zip_error_text(code) + ")";
        return;
    }
    zip_error_fini(&error);
    if (zip_get_num_entries(impl_->archive, 0) > static_cast<zip_int64_t>(limits_.max_entries))
        error_ = "the archive holds more than " + std::to_string(limits_.max_entries) + " files";
}

DocxPackage::~DocxPackage() {
    if (impl_ && impl_->archive) zip_discard(impl_->archive);
}

bool DocxPackage::has(const std::string& name) const {
    return impl_->archive && zip_name_locate(impl_->archive, name.c_str(), 0) >= 0;
}

std::optional<std::string> DocxPackage::read(const std::string& name) {
    if (!impl_->archive) return std::nullopt;
    zip_int64_t index = zip_name_locate(impl_->archive, name.c_str(), 0);
    if (index < 0) {
        error_ = "the package has no " + name;
        return std::nullopt;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(impl_->archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE)) {
        error_ = name + ": its size cannot be read";
        return std::nullopt;
    }
    // Checked before inflating: the sizes the archive declares.
    if (stat.size > limits_.max_part_bytes || total_read_ + stat.size > limits_.max_total_bytes) {
        error_ = name + " would inflate to " + std::to_string(stat.size >> 20) +
                 " MB (the limit is " + std::to_string(limits_.max_part_bytes >> 20) +
                 " MB per part, " + std::to_string(limits_.max_total_bytes >> 20) + " MB in all)";
        return std::nullopt;
    }
    if (stat.size > (1u << 20) &&
        stat.size > limits_.max_ratio * std::max<zip_uint64_t>(1, stat.comp_size)) {
        error_ = name + " would inflate " +
                 std::to_string(stat.size / std::max<zip_uint64_t>(1, stat.comp_size)) +
                 " times its compressed size (a zip bomb; the limit is " +
                 std::to_string(limits_.max_ratio) + ")";
        return std::nullopt;
    }
    zip_file_t* file = zip_fopen_index(impl_->archive, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        error_ = name + ": " + zip_strerror(impl_->archive);
        return std::nullopt;
    }
    // Read in chunks and never past the declared size: an archive that lies about it is
    // refused instead of trusted.
    std::string out;
    out.reserve(static_cast<std::size_t>(stat.size));
    char buffer[65536];
    while (true) {
        zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            error_ = name + " is damaged: " + std::string(zip_file_strerror(file));
            zip_fclose(file);
            return std::nullopt;
        }
        if (n == 0) break;
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > stat.size) {
            error_ = name + " inflates past the size the archive declares";
            zip_fclose(file);
            return std::nullopt;
        }
    }
    zip_fclose(file);
    if (out.size() != stat.size) {
        error_ = name + " is truncated";
        return std::nullopt;
    }
    total_read_ += out.size();
    return out;
}

} // namespace clerk::import

// Reading the parts of a Word .docx package (a zip archive) from memory, with limits that
// refuse zip bombs before anything is inflated.
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace clerk::import {

/// Limits on what a package may make us inflate.
struct PackageLimits {
    std::size_t max_part_bytes = 64u << 20;   ///< uncompressed size of any one part
    std::size_t max_total_bytes = 128u << 20; ///< uncompressed size of all parts read
    std::size_t max_ratio = 100;              ///< uncompressed / compressed, for parts over 1 MB
    std::size_t max_entries = 5000;           ///< files in the archive
};

/// An opened zip archive. Construction never throws; `error()` says why it did not open.
class DocxPackage {
  public:
    DocxPackage(const std::string& bytes, PackageLimits limits = {});
    ~DocxPackage();
    DocxPackage(const DocxPackage&) = delete;
    DocxPackage& operator=(const DocxPackage&) = delete;

    /// True when the archive opened.
    bool ok() const { return error_.empty(); }
    /// Why the archive did not open, or why the last read failed.
    const std::string& error() const { return error_; }
    /// True when the archive holds a part of that name ("word/document.xml").
    bool has(const std::string& name) const;
    /// The bytes of a part, or nothing (with `error()` set) when it is missing, over the
    /// limits, or damaged.
    std::optional<std::string> read(const std::string& name);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    PackageLimits limits_;
    std::size_t total_read_ = 0;
    std::string error_;
};

} // namespace clerk::import

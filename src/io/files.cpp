#include "io/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace clerk {

namespace {

// "3 MB", "512 KB" or "17 bytes": sizes in the units a person would give them.
std::string size_text(std::uintmax_t bytes) {
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MB";
    if (bytes >= (1u << 20)) return std::to_string((bytes + (1u << 19)) >> 20) + " MB";
    if (bytes >= (1u << 10)) return std::to_string(bytes >> 10) + " KB";
    return std::to_string(bytes) + " bytes";
}

} // namespace

FileContents read_file(const std::string& path, std::size_t max_bytes) {
    FileContents out;
    // The type is checked on the opened descriptor, before any byte is read: a FIFO would
    // block forever, a device such as /dev/zero never ends, a folder has no bytes. Opening
    // without blocking lets a FIFO with no writer be refused instead of waiting for one.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        out.error = errno == ENOENT   ? "no such file"
                    : errno == EACCES ? "permission denied"
                    : errno == ENXIO  ? "is a special file (a FIFO or socket), not a regular file"
                    : errno == ELOOP  ? "too many symbolic links"
                                      : std::strerror(errno);
        return out;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        out.error = std::strerror(errno);
        ::close(fd);
        return out;
    }
    if (!S_ISREG(info.st_mode)) {
        out.error = S_ISDIR(info.st_mode)    ? "is a directory, not a file"
                    : S_ISFIFO(info.st_mode) ? "is a FIFO (a named pipe), not a regular file"
                    : S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)
                        ? "is a device, not a regular file"
                    : S_ISSOCK(info.st_mode) ? "is a socket, not a regular file"
                                             : "is not a regular file";
        ::close(fd);
        return out;
    }
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) {
        out.error = "file is too large (" + size_text(static_cast<std::uintmax_t>(info.st_size)) +
                    "; the limit is " + size_text(max_bytes) + ")";
        ::close(fd);
        return out;
    }
    // A regular file does not block; clear the flag anyway so a short read is a real one.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(info.st_size));
    std::size_t got = 0;
    // Reads at most one byte past the size stat gave, to notice a file that grew meanwhile.
    while (true) {
        if (got == bytes.size()) {
            if (bytes.size() >= max_bytes + 1) break;
            bytes.resize(std::min<std::size_t>(bytes.size() + (1u << 16), max_bytes + 1));
        }
        ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            out.error = std::string("read error: ") + std::strerror(errno);
            ::close(fd);
            return out;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (got > max_bytes) {
        out.error = "file is too large (over " + size_text(max_bytes) + ", the limit)";
        return out;
    }
    bytes.resize(got);
    out.bytes = std::move(bytes);
    return out;
}

std::string write_file_atomic(const std::string& path, const std::string& content) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.parent_path();
    std::error_code ec;
    if (!dir.empty()) fs::create_directories(dir, ec);
    if (ec) return "cannot create directory " + dir.string() + ": " + ec.message();

    std::random_device rd;
    fs::path temp = target;
    temp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000);
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return "cannot create " + temp.string() + ": " + std::strerror(errno);
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return "cannot write " + temp.string() + ": " + why;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(temp.c_str());
        return "cannot finish writing " + temp.string();
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        return "cannot replace " + path + ": " + why;
    }
    return {};
}

bool is_folder(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::is_directory(path, ec);
}

} // namespace clerk

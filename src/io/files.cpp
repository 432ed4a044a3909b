#include "io/files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clerk {

FileContents read_file(const std::string& path, std::size_t max_bytes) {
    FileContents out;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        out.error = errno == ENOENT ? "no such file" : std::strerror(errno);
        return out;
    }
    if (S_ISDIR(info.st_mode)) {
        out.error = "is a directory, not a file";
        return out;
    }
    if (static_cast<std::size_t>(info.st_size) > max_bytes) {
        out.error = "file is too large (" + std::to_string(info.st_size / (1 << 20)) +
                    " MB; the limit is " + std::to_string(max_bytes >> 20) + " MB)";
        return out;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.error = errno == EACCES ? "permission denied" : "cannot be opened for reading";
        return out;
    }
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(info.st_size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        out.error = "read error";
        return out;
    }
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

} // namespace clerk

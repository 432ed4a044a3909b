#include "pdf/pdf_writer.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <stdexcept>
#include <zlib.h>

namespace clerk::pdf {

namespace {

// Objects per object stream, as qpdf and most writers pack them.
constexpr std::size_t kPerObjectStream = 100;

// One cross-reference entry (§7.5.8.3): type, then two fields.
struct XrefEntry {
    std::uint8_t type = 0;
    std::uint64_t field2 = 0;
    std::uint32_t field3 = 0;
};

void append_big_endian(std::string& out, std::uint64_t value, int bytes) {
    for (int i = bytes - 1; i >= 0; --i)
        out += static_cast<char>((value >> (8 * i)) & 0xff);
}

// A 128-bit digest of the file's bytes for its identifier: two 64-bit FNV-1a hashes from
// different starting values.
std::string file_identifier(std::string_view bytes) {
    std::uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
    for (char c : bytes) {
        a = (a ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        b = (b ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        b ^= b >> 29;
    }
    return fmt::format("{:016x}{:016x}", a, b);
}

} // namespace

std::string deflate_bytes(std::string_view data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string out(size, '\0');
    // Level 6, zlib's default: these are small streams, and the file is what is kept.
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                  reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()),
                  6) != Z_OK)
        throw std::runtime_error("zlib could not compress a PDF stream");
    out.resize(size);
    return out;
}

PdfWriter::PdfWriter(std::string_view version) {
    out_ = "%PDF-";
    out_ += version;
    out_ += "\n%\xbf\xf7\xa2\xfe\n"; // bytes above 127: the file is binary
}

void PdfWriter::add_object(int num, std::string text) {
    objects_.emplace_back(num, std::move(text));
}

void PdfWriter::add_stream(int num, std::string_view dict, std::string_view data) {
    offsets_.emplace_back(num, out_.size());
    out_ += fmt::format("{} 0 obj\n", num);
    out_ += dict;
    out_ += "\nstream\n";
    out_ += data;
    out_ += "\nendstream\nendobj\n";
}

std::string PdfWriter::finish(int root, int info, int first_free) {
    std::sort(objects_.begin(), objects_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    int next = first_free;
    std::vector<XrefEntry> xref(static_cast<std::size_t>(first_free), XrefEntry{});
    auto entry = [&xref](int num) -> XrefEntry& {
        if (static_cast<std::size_t>(num) >= xref.size())
            xref.resize(static_cast<std::size_t>(num) + 1);
        return xref[static_cast<std::size_t>(num)];
    };
    for (std::size_t begin = 0; begin < objects_.size(); begin += kPerObjectStream) {
        std::size_t end = std::min(objects_.size(), begin + kPerObjectStream);
        int stream_num = next++;
        std::string header, body;
        for (std::size_t i = begin; i < end; ++i) {
            header += fmt::format("{} {} ", objects_[i].first, body.size());
            body += objects_[i].second;
            body += '\n';
            entry(objects_[i].first) = {2, static_cast<std::uint64_t>(stream_num),
                                        static_cast<std::uint32_t>(i - begin)};
        }
        std::string data = deflate_bytes(header + body);
        std::string dict =
            fmt::format("<</Type /ObjStm /N {} /First {} /Filter /FlateDecode /Length {}>>",
                        end - begin, header.size(), data.size());
        add_stream(stream_num, dict, data);
    }
    for (const auto& [num, offset] : offsets_) // the stream objects and the object streams
        entry(num) = {1, offset, 0};
    int xref_num = next++;
    std::size_t xref_offset = out_.size();
    entry(xref_num) = {1, xref_offset, 0};
    xref[0] = {0, 0, 65535};
    std::string rows;
    rows.reserve(xref.size() * 7);
    for (const XrefEntry& e : xref) {
        append_big_endian(rows, e.type, 1);
        append_big_endian(rows, e.field2, 4);
        append_big_endian(rows, e.field3, 2);
    }
    std::string data = deflate_bytes(rows);
    std::string id = file_identifier(out_);
    std::string dict = fmt::format("<</Type /XRef /Size {} /Root {} 0 R", xref.size(), root);
    if (info > 0) dict += fmt::format(" /Info {} 0 R", info);
    dict += fmt::format(" /ID [<{0}><{0}>] /W [1 4 2] /Filter /FlateDecode /Length {1}>>", id,
                        data.size());
    add_stream(xref_num, dict, data);
    out_ += fmt::format("startxref\n{}\n%%EOF\n", xref_offset);
    return std::move(out_);
}

} // namespace clerk::pdf

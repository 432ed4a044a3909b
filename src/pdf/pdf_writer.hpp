// Writing a PDF file: stream objects as they are, every other object packed into compressed
// object streams, and a compressed cross-reference stream (ISO 32000 §7.5.7, §7.5.8). The
// same objects give the same bytes, the file identifier included.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clerk::pdf {

class PdfWriter {
  public:
    /// `version`: the header's, such as "1.5" (object streams need 1.5 or later).
    explicit PdfWriter(std::string_view version);

    /// Object `num` (generation 0), written as `text`; it goes into an object stream.
    void add_object(int num, std::string text);
    /// Stream object `num`: `dict` must already give its /Length as `data`'s size.
    void add_stream(int num, std::string_view dict, std::string_view data);

    /// The file, with `root` and `info` (0: none) in its trailer. Object numbers from
    /// `first_free` on are the writer's own (the object and cross-reference streams).
    std::string finish(int root, int info, int first_free);

  private:
    std::string out_;
    std::vector<std::pair<int, std::string>> objects_;
    std::vector<std::pair<int, std::size_t>> offsets_; // stream objects: number, offset
};

/// `data` compressed with zlib (the /FlateDecode filter).
std::string deflate_bytes(std::string_view data);

} // namespace clerk::pdf

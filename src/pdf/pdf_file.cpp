#include "pdf/pdf_file.hpp"

#include <charconv>
#include <fmt/format.h>
#include <stdexcept>

namespace clerk::pdf {

namespace {

[[noreturn]] void fail(std::string_view what) {
    throw std::runtime_error(fmt::format("PDF file: {}", what));
}

bool starts_with_at(std::string_view text, std::size_t pos, std::string_view word) {
    return text.substr(pos, word.size()) == word;
}

long long read_integer(std::string_view text, std::size_t& pos) {
    skip_pdf_space(text, pos);
    long long value = 0;
    auto [end, ec] = std::from_chars(text.data() + pos, text.data() + text.size(), value);
    if (ec != std::errc()) fail(fmt::format("a number was expected at byte {}", pos));
    pos = static_cast<std::size_t>(end - text.data());
    return value;
}

void collect_pages(const PdfFile& file, const PdfValue& node, std::vector<PdfRef>& pages,
                   int depth) {
    if (depth > 64 || !node.is(PdfValue::Kind::Ref)) return;
    const PdfValue& dict = file.resolve(node);
    const PdfValue* type = dict.get("Type");
    if (type && type->is_name("Page")) {
        pages.push_back(node.as_ref());
        return;
    }
    if (const PdfValue* kids = dict.get("Kids"))
        for (const PdfValue& kid : file.resolve(*kids).items())
            collect_pages(file, kid, pages, depth + 1);
}

const PdfObject& null_object() {
    static const PdfObject none;
    return none;
}

} // namespace

PdfFile::PdfFile(std::string_view bytes) : bytes_(bytes) {
    if (!starts_with_at(bytes, 0, "%PDF-")) fail("no %PDF- header");
    std::size_t eol = bytes.find_first_of("\r\n");
    version_ =
        bytes.substr(5, std::min<std::size_t>(eol == std::string_view::npos ? 3 : eol - 5, 8));
    std::size_t startxref = bytes.rfind("startxref");
    if (startxref == std::string_view::npos) fail("no startxref");
    std::size_t pos = startxref + 9;
    auto section = static_cast<std::size_t>(read_integer(bytes, pos));
    bool first = true;
    for (int guard = 0; guard < 64; ++guard) {
        pos = section;
        if (pos >= bytes.size() || !starts_with_at(bytes, pos, "xref"))
            fail("the cross-reference section is not a table (cross-reference streams are not "
                 "read)");
        pos += 4;
        while (true) {
            skip_pdf_space(bytes, pos);
            if (starts_with_at(bytes, pos, "trailer")) {
                pos += 7;
                break;
            }
            long long start = read_integer(bytes, pos), count = read_integer(bytes, pos);
            if (start < 0 || count < 0 || start + count > 10'000'000)
                fail("a cross-reference subsection is out of range");
            if (offsets_.size() < static_cast<std::size_t>(start + count))
                offsets_.resize(static_cast<std::size_t>(start + count), 0);
            for (long long i = 0; i < count; ++i) {
                long long offset = read_integer(bytes, pos);
                read_integer(bytes, pos); // generation
                skip_pdf_space(bytes, pos);
                char type = pos < bytes.size() ? bytes[pos++] : '?';
                auto num = static_cast<std::size_t>(start + i);
                // An earlier section (read later) does not replace a later one's entry.
                if (type == 'n' && offsets_[num] == 0)
                    offsets_[num] = static_cast<std::size_t>(offset);
            }
        }
        PdfValue trailer = parse_pdf_value(bytes, pos);
        if (first) trailer_ = trailer;
        first = false;
        const PdfValue* prev = trailer.get("Prev");
        if (!prev || !prev->is_integer()) break;
        section = static_cast<std::size_t>(prev->as_integer());
    }
    if (const PdfValue* size = trailer_.get("Size");
        size && size->as_integer() > static_cast<long long>(offsets_.size()) &&
        size->as_integer() < 10'000'000)
        offsets_.resize(static_cast<std::size_t>(size->as_integer()), 0);
    parsed_.resize(offsets_.size());
}

PdfFile::~PdfFile() = default;

bool PdfFile::has(int num) const {
    return num > 0 && num < size() && offsets_[static_cast<std::size_t>(num)] != 0;
}

const PdfObject& PdfFile::object(int num) const {
    if (!has(num)) return null_object();
    auto index = static_cast<std::size_t>(num);
    if (parsed_[index]) return *parsed_[index];
    std::size_t pos = offsets_[index];
    if (read_integer(bytes_, pos) != num)
        fail(fmt::format("object {} is not where the table says", num));
    read_integer(bytes_, pos);
    skip_pdf_space(bytes_, pos);
    if (!starts_with_at(bytes_, pos, "obj")) fail(fmt::format("object {} has no 'obj'", num));
    pos += 3;
    auto object = std::make_unique<PdfObject>();
    skip_pdf_space(bytes_, pos);
    std::size_t start = pos;
    object->value = parse_pdf_value(bytes_, pos);
    object->written = bytes_.substr(start, pos - start);
    skip_pdf_space(bytes_, pos);
    if (starts_with_at(bytes_, pos, "stream")) {
        pos += 6;
        if (pos < bytes_.size() && bytes_[pos] == '\r') ++pos;
        if (pos < bytes_.size() && bytes_[pos] == '\n') ++pos;
        const PdfValue* length = object->value.get("Length");
        long long n = length ? resolve(*length).as_integer() : -1;
        if (n < 0 || pos + static_cast<std::size_t>(n) > bytes_.size())
            fail(fmt::format("object {}'s stream has no usable /Length", num));
        object->has_stream = true;
        object->stream = bytes_.substr(pos, static_cast<std::size_t>(n));
    }
    parsed_[index] = std::move(object);
    return *parsed_[index];
}

const PdfValue& PdfFile::resolve(const PdfValue& value) const {
    const PdfValue* v = &value;
    for (int hops = 0; v->is(PdfValue::Kind::Ref) && hops < 32; ++hops)
        v = &object(v->as_ref().num).value;
    return *v;
}

std::vector<PdfRef> pdf_pages(const PdfFile& file) {
    std::vector<PdfRef> pages;
    const PdfValue* root = file.trailer().get("Root");
    if (!root) fail("no /Root in the trailer");
    if (const PdfValue* tree = file.resolve(*root).get("Pages"))
        collect_pages(file, *tree, pages, 0);
    return pages;
}

const PdfValue* inherited_attribute(const PdfFile& file, const PdfValue& page,
                                    std::string_view key) {
    const PdfValue* at = &page;
    for (int depth = 0; at && depth < 64; ++depth) {
        if (const PdfValue* v = at->get(key)) return v;
        const PdfValue* parent = at->get("Parent");
        at = parent ? &file.resolve(*parent) : nullptr;
    }
    return nullptr;
}

} // namespace clerk::pdf

#include "pdf/pdf_object.hpp"

#include <charconv>
#include <fmt/format.h>
#include <glib.h>
#include <stdexcept>

namespace clerk::pdf {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool is_delimiter(char c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
           c == '}' || c == '/' || c == '%';
}

bool is_regular(char c) {
    return !is_space(c) && !is_delimiter(c);
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

[[noreturn]] void fail(std::size_t pos, std::string_view what) {
    throw std::runtime_error(fmt::format("PDF syntax at byte {}: {}", pos, what));
}

// A run of regular characters from `pos`.
std::string_view token(std::string_view text, std::size_t& pos) {
    std::size_t start = pos;
    while (pos < text.size() && is_regular(text[pos]))
        ++pos;
    return text.substr(start, pos - start);
}

bool is_integer_text(std::string_view t) {
    if (t.empty()) return false;
    std::size_t i = (t[0] == '+' || t[0] == '-') ? 1 : 0;
    if (i == t.size()) return false;
    for (; i < t.size(); ++i)
        if (!is_digit(t[i])) return false;
    return true;
}

// After a non-negative integer: "G R" makes the two a reference.
bool read_reference_tail(std::string_view text, std::size_t pos, int& gen, std::size_t& end) {
    std::size_t p = pos;
    skip_pdf_space(text, p);
    std::string_view g = token(text, p);
    if (g.empty() || !is_integer_text(g) || g[0] == '-' || g[0] == '+') return false;
    skip_pdf_space(text, p);
    if (p >= text.size() || text[p] != 'R' || (p + 1 < text.size() && is_regular(text[p + 1])))
        return false;
    auto [last, ec] = std::from_chars(g.data(), g.data() + g.size(), gen);
    if (ec != std::errc() || last != g.data() + g.size()) return false;
    end = p + 1;
    return true;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

} // namespace

void skip_pdf_space(std::string_view text, std::size_t& pos) {
    while (pos < text.size()) {
        if (is_space(text[pos])) {
            ++pos;
        } else if (text[pos] == '%') {
            while (pos < text.size() && text[pos] != '\n' && text[pos] != '\r')
                ++pos;
        } else {
            return;
        }
    }
}

PdfValue PdfValue::boolean(bool value) {
    PdfValue v;
    v.kind_ = Kind::Bool;
    v.flag_ = value;
    return v;
}

PdfValue PdfValue::with_text(Kind kind, std::string text) {
    PdfValue v;
    v.kind_ = kind;
    v.text_ = std::move(text);
    return v;
}

PdfValue PdfValue::number(std::string written) {
    return with_text(Kind::Number, std::move(written));
}

PdfValue PdfValue::integer(long long value) {
    return number(std::to_string(value));
}

PdfValue PdfValue::name(std::string name) {
    return with_text(Kind::Name, std::move(name));
}

PdfValue PdfValue::written_string(std::string written) {
    return with_text(Kind::String, std::move(written));
}

PdfValue PdfValue::literal(std::string_view bytes) {
    std::string out = "(";
    for (char c : bytes) {
        auto b = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += c;
        } else if (b < 0x20 || b > 0x7e) {
            out += fmt::format("\\{:03o}", b);
        } else {
            out += c;
        }
    }
    return written_string(out + ")");
}

PdfValue PdfValue::text(std::string_view utf8) {
    bool plain = true;
    for (char c : utf8)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            plain = false;
    if (plain) return literal(utf8);
    // glib (pango's own) converts, surrogate pairs included; invalid UTF-8 gives an empty
    // string rather than wrong bytes.
    glong units = 0;
    gunichar2* utf16 =
        g_utf8_to_utf16(utf8.data(), static_cast<glong>(utf8.size()), nullptr, &units, nullptr);
    std::string out = "<FEFF";
    for (glong i = 0; utf16 && i < units; ++i)
        out += fmt::format("{:04X}", static_cast<unsigned>(utf16[i]));
    g_free(utf16);
    return written_string(out + ">");
}

PdfValue PdfValue::array(std::vector<PdfValue> items) {
    PdfValue v;
    v.kind_ = Kind::Array;
    v.items_ = std::move(items);
    return v;
}

PdfValue PdfValue::dict() {
    PdfValue v;
    v.kind_ = Kind::Dict;
    return v;
}

PdfValue PdfValue::ref(PdfRef to) {
    PdfValue v;
    v.kind_ = Kind::Ref;
    v.ref_ = to;
    return v;
}

bool PdfValue::is_integer() const {
    return kind_ == Kind::Number && is_integer_text(text_);
}

long long PdfValue::as_integer() const {
    if (kind_ != Kind::Number) return 0;
    try {
        return static_cast<long long>(std::stod(text_));
    } catch (const std::exception&) {
        return 0;
    }
}

std::string PdfValue::string_bytes() const {
    std::string out;
    if (kind_ != Kind::String || text_.size() < 2) return out;
    std::string_view body(text_.data() + 1, text_.size() - 2);
    if (text_[0] == '<') {
        int high = -1;
        for (char c : body) {
            int d = hex_digit(c);
            if (d < 0) continue;
            if (high < 0) {
                high = d;
            } else {
                out += static_cast<char>(high * 16 + d);
                high = -1;
            }
        }
        if (high >= 0) out += static_cast<char>(high * 16);
        return out;
    }
    for (std::size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (c != '\\' || i + 1 == body.size()) {
            out += c;
            continue;
        }
        char e = body[++i];
        switch (e) {
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case '\r':
            if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
            break;
        case '\n':
            break;
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int k = 0;
                     k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
                    value = value * 8 + (body[++i] - '0');
                out += static_cast<char>(value & 0xff);
            } else {
                out += e;
            }
        }
    }
    return out;
}

const PdfValue* PdfValue::get(std::string_view key) const {
    for (std::size_t i = 0; i < keys_.size(); ++i)
        if (keys_[i] == key) return &items_[i];
    return nullptr;
}

PdfValue* PdfValue::get(std::string_view key) {
    for (std::size_t i = 0; i < keys_.size(); ++i)
        if (keys_[i] == key) return &items_[i];
    return nullptr;
}

void PdfValue::set(std::string_view key, PdfValue value) {
    if (PdfValue* existing = get(key)) {
        *existing = std::move(value);
        return;
    }
    keys_.emplace_back(key);
    items_.push_back(std::move(value));
}

void PdfValue::erase(std::string_view key) {
    for (std::size_t i = 0; i < keys_.size(); ++i)
        if (keys_[i] == key) {
            keys_.erase(keys_.begin() + static_cast<std::ptrdiff_t>(i));
            items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
}

void PdfValue::write(std::string& out) const {
    switch (kind_) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::Bool:
        out += flag_ ? "true" : "false";
        return;
    case Kind::Number:
    case Kind::String:
        out += text_;
        return;
    case Kind::Name:
        out += '/';
        out += text_;
        return;
    default:
        write(out, [](PdfRef r) { return r; });
    }
}

namespace {

// Arrays and dictionaries nest no deeper than this: deeper is not a file Clerk reads.
constexpr int kMaxNesting = 256;

PdfValue parse_value(std::string_view text, std::size_t& pos, int depth);

} // namespace

PdfValue parse_pdf_value(std::string_view text, std::size_t& pos) {
    return parse_value(text, pos, 0);
}

namespace {

PdfValue parse_value(std::string_view text, std::size_t& pos, int depth) {
    if (depth > kMaxNesting) fail(pos, "arrays and dictionaries nest too deeply");
    skip_pdf_space(text, pos);
    if (pos >= text.size()) fail(pos, "the text ends where an object was expected");
    char c = text[pos];
    if (c == '/') {
        ++pos;
        return PdfValue::name(std::string(token(text, pos)));
    }
    if (c == '(') {
        std::size_t start = pos++;
        int depth = 1;
        while (pos < text.size() && depth > 0) {
            char d = text[pos++];
            if (d == '\\')
                ++pos;
            else if (d == '(')
                ++depth;
            else if (d == ')')
                --depth;
        }
        if (depth > 0) fail(start, "a string is not closed");
        return PdfValue::written_string(std::string(text.substr(start, pos - start)));
    }
    if (c == '<' && pos + 1 < text.size() && text[pos + 1] == '<') {
        std::size_t start = pos;
        pos += 2;
        PdfValue dict = PdfValue::dict();
        while (true) {
            skip_pdf_space(text, pos);
            if (pos + 1 < text.size() && text[pos] == '>' && text[pos + 1] == '>') {
                pos += 2;
                return dict;
            }
            if (pos >= text.size() || text[pos] != '/')
                fail(start, "a dictionary key is not a name");
            ++pos;
            std::string key(token(text, pos));
            dict.set(key, parse_value(text, pos, depth + 1));
        }
    }
    if (c == '<') {
        std::size_t end = text.find('>', pos);
        if (end == std::string_view::npos) fail(pos, "a hex string is not closed");
        std::size_t start = pos;
        pos = end + 1;
        return PdfValue::written_string(std::string(text.substr(start, pos - start)));
    }
    if (c == '[') {
        std::size_t start = pos++;
        PdfValue array = PdfValue::array();
        while (true) {
            skip_pdf_space(text, pos);
            if (pos >= text.size()) fail(start, "an array is not closed");
            if (text[pos] == ']') {
                ++pos;
                return array;
            }
            array.items().push_back(parse_value(text, pos, depth + 1));
        }
    }
    std::size_t start = pos;
    std::string_view word = token(text, pos);
    if (word.empty()) fail(start, fmt::format("unexpected '{}'", c));
    if (word == "true") return PdfValue::boolean(true);
    if (word == "false") return PdfValue::boolean(false);
    if (word == "null") return PdfValue();
    if (is_integer_text(word) && word[0] != '-' && word[0] != '+') {
        int gen = 0;
        std::size_t end = 0;
        int num = 0;
        auto [last, ec] = std::from_chars(word.data(), word.data() + word.size(), num);
        if (ec == std::errc() && last == word.data() + word.size() &&
            read_reference_tail(text, pos, gen, end)) {
            pos = end;
            return PdfValue::ref({num, gen});
        }
    }
    bool numeric = true;
    for (char d : word)
        if (!is_digit(d) && d != '.' && d != '-' && d != '+') numeric = false;
    if (!numeric) fail(start, fmt::format("'{}' is not a PDF object", word));
    return PdfValue::number(std::string(word));
}

} // namespace

} // namespace clerk::pdf

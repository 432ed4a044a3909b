// A PDF object as written in a file (ISO 32000 §7.3): read from text and written back. Numbers
// and strings keep the bytes they were written with, so an object read and written again is
// the same object.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::pdf {

/// An indirect object's number (generation 0 unless the file says otherwise).
struct PdfRef {
    int num = 0;
    int gen = 0;
    bool operator==(const PdfRef&) const = default;
};

class PdfValue {
  public:
    enum class Kind { Null, Bool, Number, Name, String, Array, Dict, Ref };

    PdfValue() = default;
    static PdfValue boolean(bool value);
    static PdfValue number(std::string written);
    static PdfValue integer(long long value);
    static PdfValue name(std::string name); ///< without the '/'
    /// A string as written, with its delimiters: "(...)" or "<...>".
    static PdfValue written_string(std::string written);
    /// A literal string of these bytes, escaped as §7.3.4.2 asks.
    static PdfValue literal(std::string_view bytes);
    /// A text string (§7.9.2.2): literal when it is printable ASCII, else UTF-16BE in hex.
    static PdfValue text(std::string_view utf8);
    static PdfValue array(std::vector<PdfValue> items = {});
    static PdfValue dict();
    static PdfValue ref(PdfRef to);

    Kind kind() const { return kind_; }
    bool is(Kind k) const { return kind_ == k; }
    bool is_name(std::string_view n) const { return kind_ == Kind::Name && text_ == n; }
    bool is_integer() const;
    long long as_integer() const; ///< 0 unless a number
    bool as_bool() const { return flag_; }
    /// A name without its '/', a number or a string as written.
    const std::string& written() const { return text_; }
    /// The bytes a string stands for (escapes and hex undone).
    std::string string_bytes() const;
    PdfRef as_ref() const { return ref_; }

    std::vector<PdfValue>& items() { return items_; }
    const std::vector<PdfValue>& items() const { return items_; }

    /// A dictionary's entry, or nullptr.
    const PdfValue* get(std::string_view key) const;
    PdfValue* get(std::string_view key);
    void set(std::string_view key, PdfValue value);
    void erase(std::string_view key);
    const std::vector<std::string>& keys() const { return keys_; }
    const std::vector<PdfValue>& values() const { return items_; }

    /// The object written as PDF; `renumber` (when given) maps each reference it holds.
    void write(std::string& out) const;
    template <typename Renumber> void write(std::string& out, const Renumber& renumber) const;

  private:
    static PdfValue with_text(Kind kind, std::string text);

    Kind kind_ = Kind::Null;
    bool flag_ = false;
    std::string text_;
    PdfRef ref_;
    std::vector<PdfValue> items_;   // an array's items, a dictionary's values
    std::vector<std::string> keys_; // a dictionary's keys (names without '/')
};

/// Reads one object from `text` at `pos` (white space and comments before it skipped) and
/// moves `pos` past it. Throws std::runtime_error, naming the offset, on what is not PDF.
PdfValue parse_pdf_value(std::string_view text, std::size_t& pos);

/// Moves `pos` past white space and comments.
void skip_pdf_space(std::string_view text, std::size_t& pos);

template <typename Renumber>
void PdfValue::write(std::string& out, const Renumber& renumber) const {
    switch (kind_) {
    case Kind::Ref: {
        PdfRef to = renumber(ref_);
        out += std::to_string(to.num);
        out += ' ';
        out += std::to_string(to.gen);
        out += " R";
        return;
    }
    case Kind::Array:
        out += '[';
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (i) out += ' ';
            items_[i].write(out, renumber);
        }
        out += ']';
        return;
    case Kind::Dict:
        out += "<<";
        for (std::size_t i = 0; i < keys_.size(); ++i) {
            out += '/';
            out += keys_[i];
            out += ' ';
            items_[i].write(out, renumber);
        }
        out += ">>";
        return;
    default:
        write(out);
    }
}

} // namespace clerk::pdf

// Growth with document size: the bundled protocol at 1x, 4x and 16x its length, each copy
// renumbered and reworded so that the text is distinct (repeated copies would make every
// clause a parallel provision of its copies and measure that instead).
#include "bench/bench.hpp"
#include "check/engine.hpp"
#include "link/links.hpp"
#include "load/load.hpp"
#include "refdata/bundled.hpp"
#include "render/render_html.hpp"

#include <cctype>
#include <fmt/format.h>
#include <map>

namespace clerk::bench {

namespace {

// A made-up word for `word` in copy `copy`: same length class, pronounceable, stable.
std::string reworded(std::string_view word, int copy) {
    std::size_t h = std::hash<std::string_view>{}(word) ^
                    (static_cast<std::size_t>(copy) * 0x9E3779B97F4A7C15ULL);
    static const char consonants[] = "bcdfghjklmnprstvw";
    static const char vowels[] = "aeiou";
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        h = h * 6364136223846793005ULL + 1442695040888963407ULL;
        out += i % 2 ? vowels[(h >> 33) % 5] : consonants[(h >> 33) % 17];
    }
    return out;
}

// Renumbers top-level numbers ("9.1.14" -> "21.1.14" in copy 1) so that each copy has its own
// sections, and rewords about half of the lower-case words of four letters or more.
std::string copy_of(const std::string& body, int copy, int sections) {
    std::string out;
    out.reserve(body.size() + body.size() / 8);
    std::size_t i = 0;
    while (i < body.size()) {
        unsigned char c = static_cast<unsigned char>(body[i]);
        bool word_start = i == 0 || !std::isalnum(static_cast<unsigned char>(body[i - 1]));
        if (std::isdigit(c) && word_start) {
            std::size_t j = i;
            while (j < body.size() && std::isdigit(static_cast<unsigned char>(body[j])))
                ++j;
            int n = std::stoi(body.substr(i, std::min<std::size_t>(j - i, 6)));
            bool dotted =
                j + 1 < body.size() && body[j] == '.' &&
                (std::isdigit(static_cast<unsigned char>(body[j + 1])) || body[j + 1] == ' ');
            if (dotted && n >= 1 && n <= sections && j - i <= 2)
                out += std::to_string(n + copy * sections);
            else
                out += body.substr(i, j - i);
            i = j;
        } else if (std::islower(c) && word_start) {
            std::size_t j = i;
            while (j < body.size() && std::islower(static_cast<unsigned char>(body[j])))
                ++j;
            std::string_view w(body.data() + i, j - i);
            bool change =
                copy > 0 && w.size() >= 4 &&
                (std::hash<std::string_view>{}(w) + static_cast<std::size_t>(copy)) % 2 == 0;
            out += change ? reworded(w, copy) : std::string(w);
            i = j;
        } else {
            out += body[i++];
        }
    }
    return out;
}

} // namespace

std::string scaled_protocol(int copies) {
    const std::string& text = bundled_protocol_text();
    // Front matter and the body after it.
    std::size_t close = text.find("\n---\n", 4);
    std::string front = text.substr(0, close + 5);
    std::string body = text.substr(close + 5);
    // The protocol's top-level sections; appendices and the quick guide stay in copy 0 only.
    std::size_t appendix = body.find("\n# Appendix");
    std::string numbered = appendix == std::string::npos ? body : body.substr(0, appendix);
    std::string rest = appendix == std::string::npos ? "" : body.substr(appendix);
    int sections = 0;
    for (std::size_t at = 0; (at = numbered.find("\n# ", at)) != std::string::npos; ++at)
        if (std::isdigit(static_cast<unsigned char>(numbered[at + 3]))) ++sections;
    if (sections == 0) sections = 12;
    std::string out = front + numbered;
    for (int k = 1; k < copies; ++k)
        out += copy_of(numbered, k, sections);
    return out + rest;
}

namespace {

struct Scaled {
    Document document;
    Links links;
};

const std::string& scaled_text(int copies) {
    static std::map<int, std::string> cache;
    auto it = cache.find(copies);
    if (it == cache.end()) it = cache.emplace(copies, scaled_protocol(copies)).first;
    return it->second;
}

const Scaled& scaled(int copies) {
    static std::map<int, Scaled> cache;
    auto it = cache.find(copies);
    if (it == cache.end()) {
        Document doc = *load_text("scaled.md", scaled_text(copies)).document;
        Links links = link_document(doc);
        it = cache.emplace(copies, Scaled{std::move(doc), std::move(links)}).first;
    }
    return it->second;
}

std::vector<Benchmark> scale_rows() {
    std::vector<Benchmark> out;
    for (int copies : {1, 4, 16}) {
        double scale = copies;
        out.push_back({fmt::format("scale {:>2}x: link", copies), 10.0 * scale,
                       [copies] { keep(link_document(scaled(copies).document)); }});
        out.push_back(
            {fmt::format("scale {:>2}x: check (links given)", copies), 20.0 * scale, [copies] {
                 const Scaled& s = scaled(copies);
                 keep(check::check_document(s.document, s.links, refdata::bundled_reference_data(),
                                            {}));
             }});
        out.push_back(
            {fmt::format("scale {:>2}x: load, link and check", copies), 30.0 * scale, [copies] {
                 Document doc = *load_text("scaled.md", scaled_text(copies)).document;
                 Links links = link_document(doc);
                 keep(check::check_document(doc, links, refdata::bundled_reference_data(), {}));
             }});
        out.push_back(
            {fmt::format("scale {:>2}x: render (links given)", copies), 20.0 * scale, [copies] {
                 const Scaled& s = scaled(copies);
                 keep(render::render_html(s.document, s.links, bundled_templates()));
             }});
    }
    return out;
}

Registration scale_benchmarks{scale_rows()};

} // namespace
} // namespace clerk::bench

// Helpers for the pack's end-to-end tests: PDFs made on the spot, a scratch folder, and the
// pack read back with Poppler's tools and qpdf.
#pragma once

#include "support/helpers.hpp"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

namespace clerk::test {

/// A folder of its own under the temporary folder, removed at the end of the test.
struct ScratchDir {
    std::filesystem::path path;
    explicit ScratchDir(const std::string& name) {
        path = std::filesystem::temp_directory_path() /
               ("clerk-pack-" + name + "-" + std::to_string(::getpid()));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~ScratchDir() { std::filesystem::remove_all(path); }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

/// Writes a PDF of `pages` pages of the given size, each with "<label> body k" in the middle
/// and text right at its top and bottom edges (where a careless stamp would land). Written
/// by hand (Helvetica, one content stream a page) so the test needs no drawing library.
inline void make_pdf(const std::string& path, int pages, const std::string& label,
                     double width = 595.276, double height = 841.89) {
    std::vector<std::string> objects; // object i+1
    auto add = [&](std::string body) {
        objects.push_back(std::move(body));
        return static_cast<int>(objects.size());
    };
    add("<< /Type /Catalog /Pages 2 0 R >>");
    add(""); // the page tree, filled in below
    int font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    std::string kids;
    for (int k = 1; k <= pages; ++k) {
        auto line = [&](double y, const std::string& text) {
            return "BT /F1 10 Tf 20 " + std::to_string(y) + " Td (" + text + ") Tj ET\n";
        };
        std::string content = line(height - 10, label + " header edge") +
                              line(height / 2, label + " body " + std::to_string(k)) +
                              line(3, label + " footer edge");
        int stream = add("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" +
                         content + "endstream");
        int page =
            add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(width) + " " +
                std::to_string(height) + "] /Resources << /Font << /F1 " + std::to_string(font) +
                " 0 R >> >> /Contents " + std::to_string(stream) + " 0 R >>");
        kids += std::to_string(page) + " 0 R ";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>";
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char entry[32];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    std::ofstream(path, std::ios::binary) << pdf;
}

/// Runs a shell command; its standard output, and its exit status in `status`.
inline std::string shell(const std::string& command, int* status = nullptr) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    int s = ::pclose(pipe);
    if (status) *status = WIFEXITED(s) ? WEXITSTATUS(s) : -1;
    return out;
}

/// The text of each page (pdftotext -layout), index 0 = page 1.
inline std::vector<std::string> page_texts(const std::string& pdf) {
    std::string all = shell("pdftotext -layout '" + pdf + "' -");
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t ff; (ff = all.find('\f', start)) != std::string::npos; start = ff + 1)
        pages.push_back(all.substr(start, ff - start));
    return pages;
}

/// A word on a page with its box (pdftotext -bbox), y growing downwards.
struct Word {
    int page = 0;
    std::string text;
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
};

inline std::vector<Word> page_words(const std::string& pdf) {
    std::string html = shell("pdftotext -bbox '" + pdf + "' -");
    std::vector<Word> words;
    int page = 0;
    std::regex word_re(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
    std::size_t pos = 0;
    while (true) {
        std::size_t page_at = html.find("<page ", pos);
        std::size_t word_at = html.find("<word ", pos);
        if (word_at == std::string::npos) break;
        if (page_at != std::string::npos && page_at < word_at) {
            ++page;
            pos = page_at + 1;
            continue;
        }
        std::size_t end = html.find("</word>", word_at);
        std::smatch m;
        std::string one = html.substr(word_at, end + 7 - word_at);
        if (std::regex_match(one, m, word_re))
            words.push_back(
                {page, m[5], std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])});
        pos = end;
    }
    return words;
}

/// One bookmark as qpdf reads it: title, the page it opens, and those under it.
struct BookmarkEntry {
    std::string title;
    int page = 0;
    std::vector<BookmarkEntry> kids;
};

inline std::vector<BookmarkEntry> bookmarks_of(const nlohmann::json& list) {
    std::vector<BookmarkEntry> out;
    for (const auto& entry : list)
        out.push_back({entry.value("title", ""), entry.value("destpageposfrom1", 0),
                       bookmarks_of(entry.value("kids", nlohmann::json::array()))});
    return out;
}

/// The pack's bookmarks (qpdf --json).
inline std::vector<BookmarkEntry> read_bookmarks(const std::string& pdf) {
    auto json = nlohmann::json::parse(shell("qpdf --json --json-key=outlines '" + pdf + "'"));
    return bookmarks_of(json["outlines"]);
}

} // namespace clerk::test

// Running Poppler's and qpdf's tools on a PDF from the tests, and reading what they say.
#pragma once

#include <array>
#include <cctype>
#include <cstdio>
#include <string>

namespace clerk::test {

/// The standard output of a shell command (stderr discarded).
inline std::string shell(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    ::pclose(pipe);
    return out;
}

/// True when the Poppler and qpdf command-line tools are installed.
inline bool pdf_tools_present() {
    return !shell("command -v pdfinfo pdffonts pdftotext qpdf").empty();
}

/// The value of a `Key: value` line of pdfinfo's output.
inline std::string info_field(const std::string& info, const std::string& key) {
    std::size_t at = info.find("\n" + key + ":");
    if (at == std::string::npos && info.rfind(key + ":", 0) == 0)
        at = 0;
    else if (at != std::string::npos)
        ++at;
    if (at == std::string::npos) return {};
    std::size_t begin = info.find_first_not_of(' ', at + key.size() + 1);
    std::size_t end = info.find('\n', begin);
    return info.substr(begin, end - begin);
}

} // namespace clerk::test

#include <set>
#include <vector>

namespace clerk::test {

/// The names of the named destinations in an uncompressed dump (`qpdf --qdf`): each
/// "(name)" followed by its "[page /XYZ ...]" array in the /Dests name tree.
inline std::set<std::string> named_destinations(const std::string& dump) {
    std::set<std::string> out;
    for (std::size_t at = dump.find('('); at != std::string::npos; at = dump.find('(', at + 1)) {
        std::size_t close = dump.find(')', at);
        if (close == std::string::npos) break;
        std::size_t next = dump.find_first_not_of(" \r\n\t", close + 1);
        if (next != std::string::npos && dump[next] == '[' && close - at < 200)
            out.insert(dump.substr(at + 1, close - at - 1));
    }
    return out;
}

/// The destination names the link annotations go to ("/Dest (name)").
inline std::vector<std::string> link_destinations(const std::string& dump) {
    std::vector<std::string> out;
    const std::string key = "/Dest (";
    for (std::size_t at = dump.find(key); at != std::string::npos; at = dump.find(key, at + 1)) {
        std::size_t close = dump.find(')', at + key.size());
        if (close == std::string::npos) break;
        out.push_back(dump.substr(at + key.size(), close - at - key.size()));
    }
    return out;
}

} // namespace clerk::test

namespace clerk::test {

/// One page of a PDF as RGB pixels (`pdftoppm` at `dpi`).
struct Raster {
    int width = 0, height = 0;
    std::string rgb; ///< three bytes a pixel, row by row
};

inline Raster page_raster(const std::string& pdf, int page, int dpi) {
    std::string ppm = shell("pdftoppm -r " + std::to_string(dpi) + " -f " + std::to_string(page) +
                            " -l " + std::to_string(page) + " '" + pdf + "'");
    Raster r;
    // "P6\nW H\n255\n" then the pixels.
    std::size_t at = 0;
    auto field = [&]() {
        while (at < ppm.size() && std::isspace(static_cast<unsigned char>(ppm[at])))
            ++at;
        std::size_t start = at;
        while (at < ppm.size() && !std::isspace(static_cast<unsigned char>(ppm[at])))
            ++at;
        return ppm.substr(start, at - start);
    };
    if (field() != "P6") return r;
    r.width = std::stoi(field());
    r.height = std::stoi(field());
    field(); // maximum value
    ++at;    // the one whitespace before the pixels
    r.rgb = ppm.substr(at);
    if (r.rgb.size() < static_cast<std::size_t>(r.width) * r.height * 3) r = Raster{};
    return r;
}

/// How many pixels of the page's middle third are tinted red (the DRAFT mark's colour, faint):
/// red well above green and blue. Black, grey and blue text are not.
inline int tinted_pixels(const Raster& r) {
    int count = 0;
    for (int y = r.height / 3; y < 2 * r.height / 3; ++y)
        for (int x = r.width / 3; x < 2 * r.width / 3; ++x) {
            std::size_t i = (static_cast<std::size_t>(y) * r.width + x) * 3;
            int red = static_cast<unsigned char>(r.rgb[i]);
            int green = static_cast<unsigned char>(r.rgb[i + 1]);
            int blue = static_cast<unsigned char>(r.rgb[i + 2]);
            if (red - green > 8 && red - blue > 8) ++count;
        }
    return count;
}

} // namespace clerk::test

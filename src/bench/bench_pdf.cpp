// PDF rendering: the bundled protocol laid out, drawn and finished, links included; and the
// whole `clerk render --to pdf` process beside WeasyPrint on the HTML page Clerk renders of
// the same document (goal: at least 15 times less CPU time).
#include "bench/bench.hpp"
#include "link/links.hpp"
#include "load/load.hpp"
#include "pdf/render_pdf.hpp"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace clerk::bench {
namespace {

namespace fs = std::filesystem;

const pdf::PdfStyle& style() {
    static const pdf::PdfStyle s =
        *pdf::load_pdf_style({std::string(CLERK_SOURCE_DIR) + "/templates"}).style;
    return s;
}

std::string quoted(const fs::path& path) {
    return fmt::format("'{}'", path.string());
}

const fs::path protocol_path =
    fs::path(CLERK_SOURCE_DIR) / "protocol-text" / "southend" / "protocol.md";

// A scratch folder for the files the whole-process rows write, removed at exit.
struct Scratch {
    fs::path folder = fs::temp_directory_path() / ("clerk-bench-pdf-" + std::to_string(::getpid()));
    Scratch() { fs::create_directories(folder); }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    }
};

const fs::path& scratch() {
    static const Scratch s;
    return s.folder;
}

fs::path clerk_binary() {
    return fs::read_symlink("/proc/self/exe").parent_path() / "clerk";
}

void run(const std::string& command, const char* what) {
    if (std::system(fmt::format("{} >/dev/null 2>&1", command).c_str()) != 0)
        throw std::runtime_error(fmt::format("{} failed: {}", what, command));
}

// Clerk's HTML page of the protocol, written once, for WeasyPrint to lay out.
const fs::path& html_page() {
    static const fs::path page = [] {
        run(quoted(clerk_binary()) + " render --to html " + quoted(protocol_path) + " -o " +
                quoted(scratch()),
            "clerk render --to html");
        for (const auto& entry : fs::directory_iterator(scratch()))
            if (entry.path().extension() == ".html") return entry.path();
        throw std::runtime_error("clerk render --to html wrote no page");
    }();
    return page;
}

bool on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "";
    for (std::size_t at = 0; at <= dirs.size();) {
        std::size_t end = dirs.find(':', at);
        if (end == std::string::npos) end = dirs.size();
        std::error_code ec;
        if (end > at && fs::exists(fs::path(dirs.substr(at, end - at)) / program, ec)) return true;
        at = end + 1;
    }
    return false;
}

const char* const kClerkRow = "pdf: protocol, whole process (clerk render)";
const char* const kWeasyRow = "pdf: protocol, WeasyPrint on Clerk's HTML page";

std::vector<Benchmark> pdf_rows() {
    std::vector<Benchmark> out{
        {"pdf: bundled protocol to PDF (links included)", 500.0,
         [] {
             keep(pdf::render_pdf(bundled_protocol(), link_document(bundled_protocol()), style()));
         }},
        {kClerkRow, 1000.0,
         [] {
             static const std::string command = quoted(clerk_binary()) + " render --to pdf " +
                                                quoted(protocol_path) + " -o " + quoted(scratch());
             run(command, "clerk render --to pdf");
         }},
    };
    // WeasyPrint (Debian's `weasyprint`) is the reference; without it the row is left out.
    if (on_path("weasyprint"))
        out.push_back({kWeasyRow, 60000.0, [] {
                           static const std::string command = "weasyprint " + quoted(html_page()) +
                                                              " " +
                                                              quoted(scratch() / "weasyprint.pdf");
                           run(command, "weasyprint");
                       }});
    return out;
}

Registration pdf_benchmarks{pdf_rows()};
ComparisonRegistration comparison{{{kClerkRow, kWeasyRow, 15.0}}};

} // namespace
} // namespace clerk::bench

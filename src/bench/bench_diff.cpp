// Diffing: two versions of the bundled protocol, a 5,000-clause document against an
// edited copy (a clause removed, one in a hundred amended), and a 100,000-clause document
// against a copy with a section inserted at the start (every unit renumbered).
#include "bench/bench.hpp"
#include "diff/compare.hpp"
#include "diff/schedule.hpp"
#include "load/load.hpp"

#include <fstream>
#include <sstream>

namespace clerk::bench {
namespace {

Document load(const std::string& name, const std::string& text) {
    return *load_text(name, text).document;
}

const Document& earlier() {
    static const Document doc = [] {
        std::ifstream in(std::string(CLERK_SOURCE_DIR) +
                         "/examples/southend-protocol-2016-reconstructed.md");
        std::stringstream text;
        text << in.rdbuf();
        return load("earlier.md", text.str());
    }();
    return doc;
}

// Every hundredth clause amended and one clause removed.
std::string edited(const std::string& text) {
    std::istringstream in(text);
    std::string line, out;
    int clause = 0;
    while (std::getline(in, line)) {
        if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0])) &&
            line.find(". ") == std::string::npos) {
            ++clause;
            if (clause == 2500) continue;
            if (clause % 100 == 0) line += " This applies in full.";
        }
        out += line + "\n";
    }
    return out;
}

// A section inserted before the first: every heading and clause number one section later.
std::string renumbered(const std::string& text) {
    std::istringstream in(text);
    std::string line, out;
    bool inserted = false;
    while (std::getline(in, line)) {
        std::size_t digits = line.find_first_of("0123456789");
        bool numbered = digits != std::string::npos && line.find_first_not_of("# ") == digits &&
                        line.find('.', digits) != std::string::npos;
        if (numbered) {
            if (!inserted) {
                out += "# 1. Introduction\n\n1.1 This section is new.\n\n";
                inserted = true;
            }
            std::size_t end = line.find('.', digits);
            int section = std::stoi(line.substr(digits, end - digits));
            line = line.substr(0, digits) + std::to_string(section + 1) + line.substr(end);
        }
        out += line + "\n";
    }
    return out;
}

const Document& huge_renumbered() {
    static const Document doc = load("huge-renumbered.md", renumbered(generated_document(100000)));
    return doc;
}

const Document& large_edited() {
    static const Document doc = load("large-edited.md", edited(generated_document(5000)));
    return doc;
}

Registration diff_benchmarks{{
    {"diff: earlier version -> bundled protocol (with schedule)", 50.0,
     [] {
         diff::DocumentDiff d = diff::diff_documents(earlier(), bundled_protocol());
         keep(diff::make_schedule(d));
     }},
    {"diff: 5,000-clause document -> edited copy", 1000.0,
     [] {
         diff::DocumentDiff d = diff::diff_documents(generated_protocol(5000), large_edited());
         keep(diff::make_schedule(d));
     }},
    {"diff: 100,000-clause document -> renumbered copy", 10000.0,
     [] {
         diff::DocumentDiff d = diff::diff_documents(generated_protocol(100000), huge_renumbered());
         keep(diff::make_schedule(d));
     }},
}};

} // namespace
} // namespace clerk::bench

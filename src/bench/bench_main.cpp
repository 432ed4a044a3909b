// Runs every registered benchmark: the median of several runs against its budget.
#include "bench/bench.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <random>
#include <sstream>

namespace clerk::bench {

std::vector<Benchmark>& registry() {
    static std::vector<Benchmark> all;
    return all;
}

Registration::Registration(std::vector<Benchmark> benchmarks) {
    for (auto& b : benchmarks)
        registry().push_back(std::move(b));
}

const std::string& bundled_protocol_text() {
    static const std::string text = [] {
        std::ifstream in(std::string(CLERK_SOURCE_DIR) + "/protocol-text/southend/protocol.md");
        std::stringstream buffer;
        buffer << in.rdbuf();
        return buffer.str();
    }();
    return text;
}

std::string generated_document(int clauses, unsigned seed) {
    static const char* words[] = {
        "Councillors", "Officers",  "must",     "will",     "ensure",       "that",
        "information", "is",        "provided", "promptly", "to",           "the",
        "relevant",    "Committee", "and",      "Chief",    "Officer",      "within",
        "working",     "days",      "of",       "receipt",  "confidential", "records",
        "kept",        "by",        "Council",  "under",    "this",         "Protocol",
        "advice",      "given",     "in",       "writing",  "where",        "appropriate"};
    constexpr int word_count = sizeof(words) / sizeof(words[0]);
    std::mt19937 rng(seed);
    std::string out = "---\ntitle: Generated Constitution\nversion: \"1.0\"\nstatus: draft\n---\n";
    int per_sub = 10, per_section = 10;
    int made = 0;
    for (int s = 1; made < clauses; ++s) {
        out += fmt::format("\n# {}. Section {}\n", s, s);
        for (int u = 1; u <= per_section && made < clauses; ++u) {
            out += fmt::format("\n## {}.{} Part {}\n", s, u, u);
            for (int c = 1; c <= per_sub && made < clauses; ++c, ++made) {
                out += fmt::format("\n{}.{}.{} ", s, u, c);
                int n = 15 + static_cast<int>(rng() % 30);
                for (int w = 0; w < n; ++w) {
                    out += words[rng() % word_count];
                    out += ' ';
                }
                if (rng() % 5 == 0)
                    out += fmt::format("(see Section {}.{}.{}) ", 1 + rng() % s,
                                       1 + rng() % per_section, 1 + rng() % per_sub);
                if (made % 97 == 0)
                    out += "Where confidential, personal or otherwise sensitive information is "
                           "provided "
                           "to a Councillor, they will not disclose it to any other person.";
                out += ".\n";
            }
        }
    }
    return out;
}

} // namespace clerk::bench

int main(int argc, char** argv) {
    using namespace clerk::bench;
    // `clerk_bench --write-scaled N FILE` writes the N-times protocol, for timing the binary.
    if (argc == 4 && std::strcmp(argv[1], "--write-scaled") == 0) {
        std::ofstream(argv[3]) << scaled_protocol(std::atoi(argv[2]));
        return 0;
    }
    const char* filter = argc > 1 ? argv[1] : nullptr;
    int failures = 0;
    fmt::print("{:<48} {:>10} {:>10}\n", "benchmark", "median ms", "budget ms");
    for (const Benchmark& b : registry()) {
        if (filter && std::strstr(b.name.c_str(), filter) == nullptr) continue;
        std::vector<double> times;
        for (int i = 0; i < 7; ++i) {
            auto start = std::chrono::steady_clock::now();
            b.run();
            std::chrono::duration<double, std::milli> elapsed =
                std::chrono::steady_clock::now() - start;
            times.push_back(elapsed.count());
        }
        std::sort(times.begin(), times.end());
        double median = times[times.size() / 2];
        bool over = median > b.budget_ms;
        failures += over;
        fmt::print("{:<48} {:>10.3f} {:>10.1f}{}\n", b.name, median, b.budget_ms,
                   over ? "  OVER" : "");
    }
    return failures == 0 ? 0 : 1;
}

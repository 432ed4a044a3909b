// Runs every registered benchmark: the median of several runs against its budget.
#include "bench/bench.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <sys/resource.h>

namespace clerk::bench {

std::vector<Benchmark>& registry() {
    static std::vector<Benchmark> all;
    return all;
}

Registration::Registration(std::vector<Benchmark> benchmarks) {
    for (auto& b : benchmarks)
        registry().push_back(std::move(b));
}

std::vector<Comparison>& comparisons() {
    static std::vector<Comparison> all;
    return all;
}

ComparisonRegistration::ComparisonRegistration(std::vector<Comparison> list) {
    for (auto& c : list)
        comparisons().push_back(std::move(c));
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

namespace {

// CPU time (user and system) of this process and of the commands it ran and waited for, in
// milliseconds: on a shared machine it says more about a whole-process row than the clock.
double cpu_ms() {
    double total = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        getrusage(who, &usage);
        for (const timeval& t : {usage.ru_utime, usage.ru_stime})
            total += static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    }
    return total;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    using namespace clerk::bench;
    // `clerk_bench --write-scaled N FILE` writes the N-times protocol, for timing the binary.
    if (argc == 4 && std::strcmp(argv[1], "--write-scaled") == 0) {
        std::ofstream(argv[3]) << scaled_protocol(std::atoi(argv[2]));
        return 0;
    }
    const char* filter = argc > 1 ? argv[1] : nullptr;
    int failures = 0;
    fmt::print("{:<48} {:>10} {:>10} {:>10}\n", "benchmark", "median ms", "cpu ms", "budget ms");
    std::map<std::string, double> cpu_medians;
    for (const Benchmark& b : registry()) {
        if (filter && std::strstr(b.name.c_str(), filter) == nullptr) continue;
        std::vector<double> times, cpu;
        for (int i = 0; i < 7; ++i) {
            double cpu_start = cpu_ms();
            auto start = std::chrono::steady_clock::now();
            b.run();
            std::chrono::duration<double, std::milli> elapsed =
                std::chrono::steady_clock::now() - start;
            times.push_back(elapsed.count());
            cpu.push_back(cpu_ms() - cpu_start);
        }
        double wall = median(times);
        cpu_medians[b.name] = median(cpu);
        bool over = wall > b.budget_ms;
        failures += over;
        fmt::print("{:<48} {:>10.3f} {:>10.1f} {:>10.1f}{}\n", b.name, wall, cpu_medians[b.name],
                   b.budget_ms, over ? "  OVER" : "");
    }
    for (const Comparison& c : comparisons()) {
        auto faster = cpu_medians.find(c.faster), slower = cpu_medians.find(c.slower);
        if (faster == cpu_medians.end() || slower == cpu_medians.end()) continue;
        double ratio = slower->second / std::max(faster->second, 1e-3);
        bool short_of_goal = ratio < c.goal;
        failures += short_of_goal;
        fmt::print("{} is {:.1f}x faster than {} in CPU time (goal {:.0f}x){}\n", c.faster, ratio,
                   c.slower, c.goal, short_of_goal ? "  SHORT" : "");
    }
    return failures == 0 ? 0 : 1;
}

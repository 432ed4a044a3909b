// The benchmark registry: each stage adds its measurements in its own bench_<stage>.cpp.
#pragma once

#include "model/document.hpp"

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace clerk::render {
struct Templates;
}

namespace clerk::bench {

/// One measurement: a name, a budget in milliseconds, and the work to time once.
struct Benchmark {
    std::string name;
    double budget_ms;
    std::function<void()> run;
};

/// Adds benchmarks at static initialisation: `static Registration r{{...}};`.
struct Registration {
    explicit Registration(std::vector<Benchmark> benchmarks);
};

/// Every registered benchmark.
std::vector<Benchmark>& registry();

/// A claim that benchmark `faster` takes at most 1/`goal` of the CPU time (the process and
/// the commands it runs) of benchmark `slower`; checked when both have run.
struct Comparison {
    std::string faster;
    std::string slower;
    double goal;
};

/// Adds comparisons at static initialisation.
struct ComparisonRegistration {
    explicit ComparisonRegistration(std::vector<Comparison> comparisons);
};

/// Every registered comparison.
std::vector<Comparison>& comparisons();

/// The text of the bundled protocol.
const std::string& bundled_protocol_text();

/// The bundled protocol, loaded once.
const Document& bundled_protocol();

/// generated_document(clauses), loaded once per size.
const Document& generated_protocol(int clauses);

/// The bundled page templates, loaded once.
const render::Templates& bundled_templates();

/// A generated Markdown document with about `clauses` numbered clauses in sections of
/// sub-units, with cross-references and a few repeated duties, for scale tests.
std::string generated_document(int clauses, unsigned seed = 1);

/// The bundled protocol at `copies` times its length: each copy's sections renumbered and
/// about half its lower-case words reworded, so that the text is distinct.
std::string scaled_protocol(int copies);

/// Keeps the optimiser from removing a computation.
template <typename T> void keep(const T& value) {
    asm volatile("" : : "g"(&value) : "memory");
}

} // namespace clerk::bench

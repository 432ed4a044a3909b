// Reading: the bundled protocol and a generated 5,000-clause document.
#include "bench/bench.hpp"
#include "load/load.hpp"

namespace clerk::bench {
namespace {

const std::string& generated_text() {
    static const std::string text = generated_document(5000);
    return text;
}

Registration load_benchmarks{{
    {"load: bundled protocol (Markdown)", 5.0,
     [] { keep(load_text("protocol.md", bundled_protocol_text())); }},
    {"load: 5,000-clause document", 250.0, [] { keep(load_text("large.md", generated_text())); }},
}};

} // namespace
} // namespace clerk::bench

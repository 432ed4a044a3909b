// Linking and checking: the bundled protocol and generated documents of 5,000 and 100,000
// clauses.
#include "bench/bench.hpp"
#include "check/engine.hpp"
#include "link/links.hpp"
#include "load/load.hpp"
#include "refdata/bundled.hpp"

namespace clerk::bench {
namespace {

Registration link_benchmarks{{
    {"link: bundled protocol", 10.0, [] { keep(link_document(bundled_protocol())); }},
    {"link: 5,000-clause document", 1000.0, [] { keep(link_document(generated_protocol(5000))); }},
    {"check: bundled protocol (all rules, linked)", 100.0,
     [] {
         static const Links links = link_document(bundled_protocol());
         keep(check::check_document(bundled_protocol(), links, refdata::bundled_reference_data(),
                                    {}));
     }},
    {"check: 100,000-clause document (all rules, linked)", 10000.0,
     [] {
         static const Links links = link_document(generated_protocol(100000));
         keep(check::check_document(generated_protocol(100000), links,
                                    refdata::bundled_reference_data(), {}));
     }},
}};

} // namespace
} // namespace clerk::bench

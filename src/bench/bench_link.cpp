// Linking and checking: the bundled protocol and generated documents of 5,000 and 100,000
// clauses.
#include "bench/bench.hpp"
#include "check/engine.hpp"
#include "link/links.hpp"
#include "load/load.hpp"
#include "refdata/bundled.hpp"

namespace clerk::bench {
namespace {

const Document& bundled() {
    static const Document doc =
        *load_text("protocol-text/southend/protocol.md", bundled_protocol_text()).document;
    return doc;
}

const Document& large() {
    static const Document doc = *load_text("large.md", generated_document(5000)).document;
    return doc;
}

const Document& huge() {
    static const Document doc = *load_text("huge.md", generated_document(100000)).document;
    return doc;
}

Registration registration{{
    {"link: bundled protocol", 10.0, [] { keep(link_document(bundled())); }},
    {"link: 5,000-clause document", 1000.0, [] { keep(link_document(large())); }},
    {"check: bundled protocol (all rules, linked)", 100.0,
     [] {
         static const Links links = link_document(bundled());
         keep(check::check_document(bundled(), links, refdata::bundled_reference_data(), {}));
     }},
    {"check: 100,000-clause document (all rules, linked)", 10000.0,
     [] {
         static const Links links = link_document(huge());
         keep(check::check_document(huge(), links, refdata::bundled_reference_data(), {}));
     }},
}};

} // namespace
} // namespace clerk::bench

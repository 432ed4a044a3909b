// The documents and templates several benchmarks time their stages on, each loaded once.
#include "bench/bench.hpp"
#include "load/load.hpp"
#include "render/templates.hpp"

#include <map>

namespace clerk::bench {

const Document& bundled_protocol() {
    static const Document doc =
        *load_text("protocol-text/southend/protocol.md", bundled_protocol_text()).document;
    return doc;
}

const Document& generated_protocol(int clauses) {
    static std::map<int, Document> loaded;
    auto found = loaded.find(clauses);
    if (found == loaded.end())
        found = loaded
                    .emplace(clauses, *load_text("generated-" + std::to_string(clauses) + ".md",
                                                 generated_document(clauses))
                                           .document)
                    .first;
    return found->second;
}

const render::Templates& bundled_templates() {
    static const render::Templates templates =
        *render::load_templates({std::string(CLERK_SOURCE_DIR) + "/templates"}).templates;
    return templates;
}

} // namespace clerk::bench

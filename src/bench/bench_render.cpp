// Rendering: the bundled protocol's HTML page, links included.
#include "bench/bench.hpp"
#include "link/links.hpp"
#include "load/load.hpp"
#include "render/render_html.hpp"

namespace clerk::bench {
namespace {

const Document& bundled() {
    static const Document doc =
        *load_text("protocol-text/southend/protocol.md", bundled_protocol_text()).document;
    return doc;
}

const render::Templates& templates() {
    static const render::Templates t =
        *render::load_templates({std::string(CLERK_SOURCE_DIR) + "/templates"}).templates;
    return t;
}

Registration registration{{
    {"render: bundled protocol to HTML (links included)", 20.0,
     [] { keep(render::render_html(bundled(), link_document(bundled()), templates())); }},
}};

} // namespace
} // namespace clerk::bench

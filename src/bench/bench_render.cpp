// Rendering: the bundled protocol's HTML page, links included.
#include "bench/bench.hpp"
#include "link/links.hpp"
#include "load/load.hpp"
#include "render/render_html.hpp"

namespace clerk::bench {
namespace {

Registration render_benchmarks{{
    {"render: bundled protocol to HTML (links included)", 20.0,
     [] {
         keep(render::render_html(bundled_protocol(), link_document(bundled_protocol()),
                                  bundled_templates()));
     }},
}};

} // namespace
} // namespace clerk::bench

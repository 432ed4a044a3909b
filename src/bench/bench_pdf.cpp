// PDF rendering: the bundled protocol laid out, drawn and finished, links included.
#include "bench/bench.hpp"
#include "link/links.hpp"
#include "load/load.hpp"
#include "pdf/render_pdf.hpp"

namespace clerk::bench {
namespace {

const Document& bundled() {
    static const Document doc =
        *load_text("protocol-text/southend/protocol.md", bundled_protocol_text()).document;
    return doc;
}

const pdf::PdfStyle& style() {
    static const pdf::PdfStyle s =
        *pdf::load_pdf_style({std::string(CLERK_SOURCE_DIR) + "/templates"}).style;
    return s;
}

Registration registration{{
    {"pdf: bundled protocol to PDF (links included)", 500.0,
     [] { keep(pdf::render_pdf(bundled(), link_document(bundled()), style())); }},
}};

} // namespace
} // namespace clerk::bench

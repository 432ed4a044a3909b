// The whole PDF: the flow built and paginated until the contents' page numbers are stable,
// drawn with cairo, the furniture drawn on a second surface, the two finished into one file.
#include "pdf/render_pdf.hpp"

#include "pdf/document_flows.hpp"
#include "pdf/draw.hpp"
#include "pdf/finish.hpp"
#include "pdf/produce.hpp"
#include "render/render_html.hpp"

#include <cairo-pdf.h>
#include <cmath>
#include <stdexcept>

namespace clerk::pdf {

namespace {

constexpr int kMaxLayoutPasses = 6;

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct Page {
    double width, height;
};

// The PDF date form cairo takes: "2020-11-11T00:00:00Z" for "2020-11-11"; "" if not a date.
std::string pdf_date(const std::string& iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return {};
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (iso[i] < '0' || iso[i] > '9') return {};
    return iso + "T00:00:00Z";
}

void check(cairo_t* cr, const char* what) {
    cairo_status_t status = cairo_status(cr);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cairo failed while ") + what + ": " +
                                 cairo_status_to_string(status));
}

void set_metadata(cairo_surface_t* surface, const Document& doc, const std::string& title,
                  const FlowBuilder& b) {
    const Metadata& meta = doc.metadata;
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    if (!meta.council.empty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, meta.council.c_str());
    std::string status = meta.status.empty() ? std::string("draft") : meta.status;
    std::string subject =
        meta.part.empty() ? std::string{} : b.word("constitution") + " " + meta.part + " – ";
    subject +=
        (meta.version.empty() ? std::string{} : b.word("version") + " " + meta.version + ", ") +
        b.status_word(status, "label");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject.c_str());
    std::string keywords;
    const auto& extra = meta.extra;
    if (extra.contains("keywords")) {
        const auto& k = extra["keywords"];
        if (k.is_string()) keywords = k.get<std::string>();
        if (k.is_array())
            for (const auto& item : k)
                if (item.is_string())
                    keywords += (keywords.empty() ? "" : ", ") + item.get<std::string>();
    }
    if (keywords.empty()) {
        for (const std::string& part :
             {b.word("constitution"), meta.part, b.status_word(status, "label")})
            if (!part.empty()) keywords += (keywords.empty() ? "" : ", ") + part;
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, keywords.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Clerk");
    std::string date = pdf_date(meta.date);
    if (!date.empty()) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
    }
}

// The running header and footer and the DRAFT mark, one page per page of the document.
std::string draw_furniture(const Document& doc, const PdfStyle& style, const FlowBuilder& b,
                           const TextContext& context, Page page, int pages, int first_number) {
    std::string out;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(append_bytes, &out, page.width, page.height);
    cairo_t* cr = cairo_create(surface);
    double left = style.margin_left, right = page.width - style.margin_right;
    double width = right - left;
    bool draft = doc.metadata.status != "adopted";
    TextStyle small = b.text_style(Role::Muted);
    TextStyle mark = b.text_style(Role::Title);
    mark.size = std::min(page.width, page.height) * 0.22;
    RichText mark_word;
    mark_word.add(b.word("draft_mark"));
    TextBlock draft_mark(context, std::move(mark_word), mark, page.width * 2);
    // The mark is drawn once, into a recording that every page paints: cairo writes it to
    // the file once, as a form that each page uses.
    cairo_surface_t* mark_surface = nullptr;
    if (draft) {
        cairo_rectangle_t extents{0, 0, page.width, page.height};
        mark_surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
        cairo_t* m = cairo_create(mark_surface);
        // Outlines, not text: the mark is not part of the document's words, so it must not
        // turn up when the text is copied, searched or read aloud.
        cairo_translate(m, page.width / 2, page.height / 2);
        cairo_rotate(m, -std::atan2(page.height, page.width));
        draft_mark.add_outlines(m, -draft_mark.width() / 2, -draft_mark.height() / 2);
        cairo_identity_matrix(m);
        cairo_set_source_rgba(m, style.draft_mark.r, style.draft_mark.g, style.draft_mark.b,
                              style.draft_opacity);
        cairo_fill(m);
        check(m, "drawing the DRAFT mark");
        cairo_destroy(m);
    }
    std::string total = std::to_string(first_number + pages - 1);
    for (int i = 0; i < pages; ++i) {
        std::map<std::string, std::string> numbers{{"page", std::to_string(first_number + i)},
                                                   {"pages", total}};
        auto text = [&](const std::string& tmpl, PangoAlignment align, double y) {
            std::string words = b.fill(tmpl, doc, numbers);
            if (words.empty()) return;
            TextStyle s = small;
            s.align = align;
            RichText r;
            r.add(words);
            TextBlock block(context, std::move(r), s, width * 0.6);
            double x = align == PANGO_ALIGN_RIGHT ? right - width * 0.6 : left;
            block.draw(cr, x, y, 0, block.line_count());
        };
        if (i > 0) {
            double y = style.margin_top * 0.45;
            text(style.header_left, PANGO_ALIGN_LEFT, y);
            text(style.header_right, PANGO_ALIGN_RIGHT, y);
            cairo_set_source_rgb(cr, style.rule.r, style.rule.g, style.rule.b);
            cairo_rectangle(cr, left, y + style.small_size * 1.6, width, 0.5);
            cairo_fill(cr);
        }
        double fy = page.height - style.margin_bottom * 0.6;
        cairo_set_source_rgb(cr, style.rule.r, style.rule.g, style.rule.b);
        cairo_rectangle(cr, left, fy - 4, width, 0.5);
        cairo_fill(cr);
        text(style.footer_left, PANGO_ALIGN_LEFT, fy);
        text(style.footer_right, PANGO_ALIGN_RIGHT, fy);
        if (mark_surface) {
            cairo_set_source_surface(cr, mark_surface, 0, 0);
            cairo_paint(cr);
        }
        cairo_show_page(cr);
    }
    check(cr, "drawing the page furniture");
    cairo_destroy(cr);
    if (mark_surface) cairo_surface_destroy(mark_surface);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return out;
}

} // namespace

std::string pdf_file_name(const Document& doc, std::string_view stem) {
    std::string html = render::html_file_name(doc, stem);
    return html.substr(0, html.size() - 5) + ".pdf";
}

PdfOutput produce_pdf(const Production& production, const PdfStyle& style,
                      const PdfContext& context, const BuildFlow& build) {
    const Document& doc = production.doc;
    Page page{style.page_width, style.page_height};
    if (production.landscape && page.height > page.width) std::swap(page.width, page.height);
    double content_width = page.width - style.margin_left - style.margin_right;
    double top = style.margin_top, bottom = page.height - style.margin_bottom;
    TextContext text_context;

    // Lay out until the contents' page numbers no longer change the layout.
    std::map<std::string, std::string> numbers;
    std::unique_ptr<FlowBuilder> builder;
    Pagination pagination;
    for (int pass = 0; pass < kMaxLayoutPasses; ++pass) {
        builder = std::make_unique<FlowBuilder>(style, text_context, content_width);
        build(*builder, numbers);
        pagination = paginate(builder->flow(), top, bottom);
        std::map<std::string, std::string> found;
        for (const auto& [name, p] : pagination.destination_pages)
            found[name] = std::to_string(context.first_page_number + p);
        if (found == numbers) break;
        numbers = std::move(found);
    }

    std::string content;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(append_bytes, &content, page.width, page.height);
    set_metadata(surface, doc, production.title, *builder);
    cairo_t* cr = cairo_create(surface);
    PageGeometry geometry{page.width,    page.height, style.margin_left,
                          content_width, style.rule,  style.muted};
    draw_flow(cr, builder->flow(), pagination, geometry);
    check(cr, "drawing the pages");
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cairo failed to finish the PDF: ") +
                                 cairo_status_to_string(status));

    std::string furniture = draw_furniture(doc, style, *builder, text_context, page,
                                           pagination.pages, context.first_page_number);
    FinishOptions options;
    options.first_page_number = context.first_page_number;
    options.keep_dates = !pdf_date(doc.metadata.date).empty();
    // The logo is the only Figure; without one the structure tree need not be walked.
    if (!style.logo_png.empty())
        options.figure_alt = doc.metadata.council.empty() ? std::string("Council logo")
                                                          : doc.metadata.council + " logo";
    PdfOutput out;
    out.bytes = finish_pdf(content, furniture, options);
    out.pages = pagination.pages;
    return out;
}

PdfOutput render_pdf(const Document& doc, const Links& links, const PdfStyle& style,
                     const PdfContext& context) {
    bool plan = render::is_action_plan(doc);
    // The same title the HTML page carries: front matter, else the opening heading.
    std::string title = render::page_title(doc, style.templates);
    Production production{doc, title, plan && style.action_plan_landscape};
    return produce_pdf(production, style, context,
                       [&](FlowBuilder& builder, const std::map<std::string, std::string>& pages) {
                           FlowInput input{doc, links, context, pages};
                           if (plan)
                               action_plan_flow(builder, input);
                           else
                               protocol_flow(builder, input);
                       });
}

} // namespace clerk::pdf

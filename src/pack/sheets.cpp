#include "pack/sheets.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <chrono>
#include <fmt/format.h>
#include <memory>
#include <pango/pangocairo.h>

namespace clerk::pack {

namespace {

constexpr double kMargin = 62;     // left and right margins of the sheets
constexpr double kTextTop = 72;    // where text starts below the top band
constexpr double kTextBottom = 64; // where text stops above the bottom band

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// A cairo PDF surface writing into a string; finished (and freed) by finish().
class PdfCanvas {
  public:
    PdfCanvas(double width, double height)
        : surface_(cairo_pdf_surface_create_for_stream(append_to_string, &bytes_, width, height)),
          cr_(cairo_create(surface_)) {
        cairo_pdf_surface_restrict_to_version(surface_, CAIRO_PDF_VERSION_1_5);
    }
    ~PdfCanvas() {
        if (cr_) cairo_destroy(cr_);
        if (surface_) cairo_surface_destroy(surface_);
    }
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    cairo_t* cr() const { return cr_; }
    cairo_surface_t* surface() const { return surface_; }

    std::string finish() {
        cairo_destroy(cr_);
        cr_ = nullptr;
        cairo_surface_finish(surface_);
        cairo_surface_destroy(surface_);
        surface_ = nullptr;
        return std::move(bytes_);
    }

  private:
    std::string bytes_;
    cairo_surface_t* surface_;
    cairo_t* cr_;
};

using FontPtr = std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)>;

FontPtr font(const SheetStyle& style, double size, bool bold) {
    FontPtr f(pango_font_description_new(), pango_font_description_free);
    pango_font_description_set_family(f.get(), style.font_family.c_str());
    pango_font_description_set_absolute_size(f.get(), size * PANGO_SCALE);
    pango_font_description_set_weight(f.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    return f;
}

struct Box {
    double x, y, width, height; // cairo space (origin top left)
};

// Writes blocks of text down the page, starting a new page when one does not fit.
class SheetWriter {
  public:
    SheetWriter(PdfCanvas& canvas, const SheetStyle& style) : canvas_(canvas), style_(style) {}

    int page() const { return page_; }

    // Begins and ends a structure element (PDF tags).
    void begin(const char* tag) { cairo_tag_begin(canvas_.cr(), tag, ""); }
    void end(const char* tag) { cairo_tag_end(canvas_.cr(), tag); }

    // A laid-out block of text `width` wide; the caller frees it.
    PangoLayout* layout(const std::string& text, double size, bool bold, double width) {
        PangoLayout* l = pango_cairo_create_layout(canvas_.cr());
        FontPtr f = font(style_, size, bold);
        pango_layout_set_font_description(l, f.get());
        pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(l, text.c_str(), -1);
        return l;
    }

    static double height_of(PangoLayout* l) {
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        return static_cast<double>(h) / PANGO_SCALE;
    }

    // Makes room for `height` points, starting a new page when they do not fit.
    void room_for(double height) {
        if (y_ + height > kA4Height - kTextBottom && y_ > kTextTop) {
            cairo_show_page(canvas_.cr());
            ++page_;
            y_ = kTextTop;
        }
    }

    // One paragraph inside the element `tag`, at `indent` from the margin.
    Box paragraph(const std::string& text, const char* tag, double size, bool bold,
                  double space_after, double indent = 0) {
        double width = kA4Width - 2 * kMargin - indent;
        PangoLayout* l = layout(text, size, bold, width);
        double h = height_of(l);
        room_for(h);
        Box box{kMargin + indent, y_, width, h};
        begin(tag);
        cairo_move_to(canvas_.cr(), box.x, box.y);
        pango_cairo_show_layout(canvas_.cr(), l);
        end(tag);
        g_object_unref(l);
        y_ += h + space_after;
        return box;
    }

    // A labelled line of a list: the label in its own column, then the body.
    Box list_item(const std::string& label, const std::string& body, const std::string& note,
                  double size, double label_width, double space_after) {
        double body_width = kA4Width - 2 * kMargin - label_width;
        PangoLayout* lab = layout(label, size, true, label_width);
        PangoLayout* text = layout(body, size, true, body_width);
        PangoLayout* sub = note.empty() ? nullptr : layout(note, size - 1, false, body_width);
        double h = height_of(text) + (sub ? height_of(sub) + 2 : 0);
        room_for(h);
        Box box{kMargin, y_, kA4Width - 2 * kMargin, height_of(text)};
        cairo_t* cr = canvas_.cr();
        begin("LI");
        begin("Lbl");
        cairo_move_to(cr, kMargin, y_);
        pango_cairo_show_layout(cr, lab);
        end("Lbl");
        begin("LBody");
        begin("P");
        cairo_move_to(cr, kMargin + label_width, y_);
        pango_cairo_show_layout(cr, text);
        end("P");
        if (sub) {
            begin("P");
            cairo_move_to(cr, kMargin + label_width, y_ + height_of(text) + 2);
            pango_cairo_show_layout(cr, sub);
            end("P");
        }
        end("LBody");
        end("LI");
        for (PangoLayout* l : {lab, text, sub})
            if (l) g_object_unref(l);
        y_ += h + space_after;
        return box;
    }

    void skip(double points) { y_ += points; }

    // A thin rule across the text width.
    void rule() {
        cairo_t* cr = canvas_.cr();
        cairo_set_line_width(cr, 0.8);
        cairo_move_to(cr, kMargin, y_);
        cairo_line_to(cr, kA4Width - kMargin, y_);
        cairo_stroke(cr);
        y_ += 10;
    }

  private:
    PdfCanvas& canvas_;
    const SheetStyle& style_;
    double y_ = kTextTop;
    int page_ = 0;
};

std::string page_range_text(const PageRange& range) {
    if (range.empty()) return {};
    if (range.first == range.last) return fmt::format("(Page {})", range.first);
    return fmt::format("(Pages {} - {})", range.first, range.last);
}

std::string join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : separator) + p;
    return out;
}

} // namespace

std::string long_date(const std::string& iso) {
    using namespace std::chrono;
    static constexpr const char* kDays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};
    static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};
    int y = 0;
    unsigned m = 0, d = 0;
    if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return iso;
    year_month_day date{year{y}, month{m}, day{d}};
    if (!date.ok()) return iso;
    weekday wd{sys_days{date}};
    return fmt::format("{}, {} {} {}", kDays[wd.c_encoding()], d, kMonths[m - 1], y);
}

SheetPdf draw_front_sheet(const Manifest& manifest, const std::vector<PageRange>& item_pages,
                          const SheetStyle& style) {
    PdfCanvas canvas(kA4Width, kA4Height);
    SheetWriter w(canvas, style);
    SheetPdf out;
    w.begin("Document");
    w.paragraph("Public Document Pack", "P", 9, false, 14);
    w.paragraph(manifest.council, "P", 15, true, 8);
    w.paragraph(manifest.committee, "H1", 22, true, 16);
    std::vector<std::pair<std::string, std::string>> details{
        {"Date", long_date(manifest.date)}, {"Time", manifest.time},
        {"Place", manifest.venue},          {"Contact", manifest.contact.name},
        {"Phone", manifest.contact.phone},  {"Email", manifest.contact.email}};
    for (const auto& [label, value] : details)
        if (!value.empty()) w.paragraph(label + ": " + value, "P", 11, false, 4);
    w.skip(14);
    w.rule();
    w.paragraph("Agenda", "H2", 16, true, 10);
    w.begin("L");
    for (std::size_t i = 0; i < manifest.items.size(); ++i) {
        const ManifestItem& item = manifest.items[i];
        std::string title = item.title;
        std::string range = i < item_pages.size() ? page_range_text(item_pages[i]) : "";
        if (!range.empty()) title += "  " + range;
        Box box = w.list_item(std::to_string(i + 1), title, item.note, 11, 28,
                              item.note.empty() ? 8 : 10);
        if (i < item_pages.size() && !item_pages[i].empty())
            out.links.push_back({static_cast<int>(i), w.page(), box.x,
                                 kA4Height - box.y - box.height, box.width, box.height});
    }
    w.end("L");
    if (!manifest.membership.empty()) {
        w.skip(12);
        w.rule();
        w.paragraph("Membership", "H2", 12, true, 6);
        w.paragraph(join(manifest.membership, ", "), "P", 10, false, 0);
    }
    w.end("Document");
    out.pages = w.page() + 1;
    out.bytes = canvas.finish();
    return out;
}

SheetPdf draw_blank_pages(int count, const SheetStyle& style) {
    SheetPdf out;
    if (count <= 0) return out;
    PdfCanvas canvas(kA4Width, kA4Height);
    cairo_t* cr = canvas.cr();
    FontPtr f = font(style, 12, false);
    cairo_tag_begin(cr, "Document", "");
    for (int i = 0; i < count; ++i) {
        PangoLayout* l = pango_cairo_create_layout(cr);
        pango_layout_set_font_description(l, f.get());
        pango_layout_set_text(l, "This page is intentionally left blank", -1);
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        cairo_tag_begin(cr, "P", "");
        cairo_move_to(cr, (kA4Width - w / double(PANGO_SCALE)) / 2,
                      (kA4Height - h / double(PANGO_SCALE)) / 2);
        pango_cairo_show_layout(cr, l);
        cairo_tag_end(cr, "P");
        g_object_unref(l);
        cairo_show_page(cr);
    }
    cairo_tag_end(cr, "Document");
    out.pages = count;
    out.bytes = canvas.finish();
    return out;
}

SheetPdf draw_stamps(const std::vector<Stamp>& stamps, const SheetStyle& style) {
    SheetPdf out;
    if (stamps.empty()) return out;
    PdfCanvas canvas(stamps.front().width, stamps.front().height);
    cairo_t* cr = canvas.cr();
    FontPtr number_font = font(style, 9, false);
    FontPtr item_font = font(style, 11, true);
    auto show = [&](const std::string& text, const FontPtr& f, double x, double y, bool right,
                    bool centre) {
        PangoLayout* l = pango_cairo_create_layout(cr);
        pango_layout_set_font_description(l, f.get());
        pango_layout_set_text(l, text.c_str(), -1);
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        double width = w / double(PANGO_SCALE);
        double left = right ? x - width : centre ? x - width / 2 : x;
        cairo_move_to(cr, left, y - h / double(PANGO_SCALE) / 2);
        pango_cairo_show_layout(cr, l);
        g_object_unref(l);
        return width;
    };
    for (const Stamp& s : stamps) {
        cairo_pdf_surface_set_size(canvas.surface(), s.width, s.height);
        show(fmt::format("Page {}", s.page_number), number_font, s.width / 2,
             s.height - kBottomBand / 2, false, true);
        if (s.agenda_item > 0) {
            std::string text = fmt::format("Agenda Item {}", s.agenda_item);
            double right = s.width - 36, mid = kTopBand / 2 + 2;
            double width = show(text, item_font, right, mid, true, false);
            // A box round the words, as on the councils' own packs.
            cairo_set_line_width(cr, 0.8);
            cairo_rectangle(cr, right - width - 6, mid - 9, width + 12, 18);
            cairo_stroke(cr);
        }
        cairo_show_page(cr);
    }
    out.pages = static_cast<int>(stamps.size());
    out.bytes = canvas.finish();
    return out;
}

} // namespace clerk::pack

// Building the pack: page plan, front sheet, then assembly of every page with libqpdf.
#include "pack/pack.hpp"
#include "pack/qpdf_parts.hpp"

#include <fmt/format.h>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <set>
#include <stdexcept>

namespace clerk::pack {

using namespace detail;

PdfFacts inspect_pdf(const std::string& bytes) {
    PdfFacts facts;
    try {
        std::unique_ptr<QPDF> pdf = open_pdf(bytes, "document");
        if (pdf->isEncrypted()) {
            facts.code = "pack/encrypted-pdf";
            facts.error = "the PDF is encrypted";
            return facts;
        }
        facts.pages = static_cast<int>(QPDFPageDocumentHelper(*pdf).getAllPages().size());
        QPDFObjectHandle info = pdf->getTrailer().getKey("/Info");
        if (info.isDictionary() && info.getKey("/Title").isString())
            facts.title = info.getKey("/Title").getUTF8Value();
        if (facts.pages == 0) {
            facts.code = "pack/unreadable-pdf";
            facts.error = "the PDF has no pages";
        }
    } catch (const QPDFExc& e) {
        // A PDF with a user password cannot even be opened without it.
        bool password = e.getErrorCode() == qpdf_e_password;
        facts.code = password ? "pack/encrypted-pdf" : "pack/unreadable-pdf";
        facts.error = password ? "the PDF is encrypted (it needs a password to open)"
                               : std::string("not a readable PDF: ") + e.getMessageDetail();
    } catch (const std::exception& e) {
        facts.code = "pack/unreadable-pdf";
        facts.error = std::string("not a readable PDF: ") + e.what();
    }
    return facts;
}

std::string pack_title(const Manifest& manifest) {
    return fmt::format("{}, {}", manifest.committee, long_date(manifest.date));
}

namespace {

// The output file and the source files merged into it (kept open until it is written).
class Assembly {
  public:
    Assembly() = default;

    QPDF& out() { return out_; }
    StructureMerger& structure() { return structure_; }

    int page_count() { return static_cast<int>(QPDFPageDocumentHelper(out_).getAllPages().size()); }

    // Appends every page of a PDF; `fit` scales the pages clear of the stamp bands. Returns
    // the source (open until the output is written) for its bookmarks.
    QPDF& add(std::string bytes, bool fit, const std::string& part, const std::string& title) {
        auto& held = held_.emplace_back(std::make_unique<Held>());
        held->bytes = std::move(bytes);
        held->pdf = open_pdf(held->bytes, title);
        QPDF& source = *held->pdf;
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(source).getAllPages();
        if (fit)
            for (QPDFPageObjectHelper& page : pages)
                page.flattenRotation();
        resolve_named_destinations(source);
        // Annotations are copied after every page is in, so that a link to a later page of
        // the same document finds its copy.
        std::vector<QPDFObjectHandle> annots;
        for (QPDFPageObjectHelper& page : pages) {
            QPDFObjectHandle dict = page.getObjectHandle();
            annots.push_back(dict.getKey("/Annots"));
            dict.removeKey("/Annots");
        }
        QPDFPageDocumentHelper out_pages(out_);
        for (QPDFPageObjectHelper& page : pages)
            out_pages.addPage(page, false);
        for (std::size_t i = 0; i < pages.size(); ++i) {
            QPDFObjectHandle copy = out_.copyForeignObject(pages[i].getObjectHandle());
            if (annots[i].isArray()) {
                std::vector<QPDFObjectHandle> copied;
                for (QPDFObjectHandle a : annots[i].aitems())
                    if (a.isIndirect()) copied.push_back(out_.copyForeignObject(a));
                copy.replaceKey("/Annots", QPDFObjectHandle::newArray(copied));
            }
            if (fit) fit_between_bands(QPDFPageObjectHelper(copy));
        }
        structure_.add(source, part, title);
        return source;
    }

    std::string write() {
        QPDFWriter writer(out_);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        auto buffer = writer.getBufferSharedPointer();
        return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    }

  private:
    struct Held {
        std::string bytes;
        std::unique_ptr<QPDF> pdf;
    };
    QPDF out_;
    // The empty file comes first: the structure merger below makes objects in it.
    bool started_ = (out_.emptyPDF(), true);
    std::vector<std::unique_ptr<Held>> held_;
    StructureMerger structure_{out_};
};

QPDFObjectHandle fit_destination(QPDFObjectHandle page) {
    return QPDFObjectHandle::newArray({page, QPDFObjectHandle::newName("/Fit")});
}

// Link annotations from each agenda line on the front sheet to the item's first page.
void link_agenda(QPDF& out, const std::vector<QPDFPageObjectHelper>& pages,
                 const std::vector<AgendaLink>& links, const PagePlan& plan) {
    for (const AgendaLink& link : links) {
        const PageRange& range = plan.items[static_cast<std::size_t>(link.item)];
        if (range.empty() || link.page >= static_cast<int>(pages.size())) continue;
        QPDFObjectHandle annot = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
        annot.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
        annot.replaceKey("/Subtype", QPDFObjectHandle::newName("/Link"));
        annot.replaceKey("/Rect", QPDFObjectHandle::newFromRectangle(
                                      {link.x, link.y, link.x + link.width, link.y + link.height}));
        annot.replaceKey("/Border", QPDFObjectHandle::newArray({QPDFObjectHandle::newInteger(0),
                                                                QPDFObjectHandle::newInteger(0),
                                                                QPDFObjectHandle::newInteger(0)}));
        annot.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(fmt::format(
                                          "Agenda item {}, page {}", link.item + 1, range.first)));
        annot.replaceKey(
            "/Dest",
            fit_destination(pages[static_cast<std::size_t>(range.first - 1)].getObjectHandle()));
        QPDFObjectHandle page = pages[static_cast<std::size_t>(link.page)].getObjectHandle();
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (!annots.isArray()) {
            annots = QPDFObjectHandle::newArray();
            page.replaceKey("/Annots", annots);
        }
        annots.appendItem(annot);
    }
}

// Lays out the front sheet until the page ranges it prints are those of its own length.
std::pair<SheetPdf, PagePlan> settle_front_sheet(const Manifest& manifest,
                                                 const std::vector<std::vector<int>>& counts,
                                                 const SheetStyle& style) {
    SheetPdf front = draw_front_sheet(manifest, {}, style);
    PagePlan plan;
    for (int round = 0; round < 6; ++round) {
        plan = plan_pages(front.pages, counts);
        SheetPdf again = draw_front_sheet(manifest, plan.items, style);
        bool settled = again.pages == front.pages;
        front = std::move(again);
        if (settled) return {std::move(front), plan};
    }
    throw std::runtime_error("the agenda's length does not settle");
}

} // namespace

PackResult build_pack(const Manifest& manifest,
                      const std::vector<std::vector<PackDocument>>& documents,
                      const PackOptions& options) {
    auto progress = [&](const std::string& step) {
        if (options.progress) options.progress(step);
    };
    std::vector<std::vector<int>> counts;
    for (const auto& item : documents) {
        counts.emplace_back();
        for (const PackDocument& doc : item)
            counts.back().push_back(doc.pages);
    }
    counts.resize(manifest.items.size());
    auto [front, plan] = settle_front_sheet(manifest, counts, options.style);
    progress(fmt::format("laid out the front sheet and agenda ({} pages; pack {} pages)",
                         front.pages, plan.total_pages));

    try {
        Assembly assembly;
        QPDF& out = assembly.out();
        std::vector<Bookmark> bookmarks;
        std::vector<QPDFObjectHandle> item_first_page(manifest.items.size());
        std::vector<std::vector<std::vector<Bookmark>>> document_bookmarks(manifest.items.size());
        std::set<int> blanks(plan.blank_pages.begin(), plan.blank_pages.end());
        std::vector<AgendaLink> links = front.links;
        assembly.add(std::move(front.bytes), false, "", "Agenda");
        for (std::size_t i = 0; i < manifest.items.size(); ++i) {
            if (i >= documents.size() || documents[i].empty()) continue;
            if (blanks.count(assembly.page_count() + 1))
                assembly.add(draw_blank_pages(1, options.style).bytes, false, "", "");
            for (const PackDocument& doc : documents[i]) {
                QPDF& source = assembly.add(doc.pdf, true, "Part", doc.title);
                document_bookmarks[i].push_back(read_bookmarks(source, out));
            }
            progress(fmt::format("added item {} of {}", i + 1, manifest.items.size()));
        }
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(out).getAllPages();
        if (static_cast<int>(pages.size()) != plan.total_pages)
            throw std::runtime_error(fmt::format("the pack has {} pages where {} were planned",
                                                 pages.size(), plan.total_pages));

        // Stamps: "Page N" on every page, "Agenda Item N" on each item's first page.
        std::vector<Stamp> stamps(pages.size());
        for (std::size_t p = 0; p < pages.size(); ++p) {
            auto box = pages[p].getCropBox(false, false).getArrayAsRectangle();
            stamps[p].width = box.urx - box.llx;
            stamps[p].height = box.ury - box.lly;
            stamps[p].page_number = static_cast<int>(p + 1);
        }
        for (std::size_t i = 0; i < plan.items.size(); ++i)
            if (!plan.items[i].empty())
                stamps[static_cast<std::size_t>(plan.items[i].first - 1)].agenda_item =
                    static_cast<int>(i + 1);
        SheetPdf stamp_pdf = draw_stamps(stamps, options.style);
        std::unique_ptr<QPDF> stamp_source = open_pdf(stamp_pdf.bytes, "stamps");
        std::vector<QPDFPageObjectHelper> stamp_pages =
            QPDFPageDocumentHelper(*stamp_source).getAllPages();
        for (std::size_t p = 0; p < pages.size(); ++p)
            overlay_stamp(out, pages[p], stamp_pages[p]);
        progress(fmt::format("stamped {} pages", pages.size()));

        link_agenda(out, pages, links, plan);
        auto page_of = [&](int number) {
            return pages[static_cast<std::size_t>(number - 1)].getObjectHandle();
        };
        bookmarks.push_back({"Agenda", fit_destination(page_of(1)), {}, false});
        for (std::size_t i = 0; i < manifest.items.size(); ++i) {
            const PageRange& range = plan.items[i];
            Bookmark item{fmt::format("{}. {}", i + 1, manifest.items[i].title),
                          fit_destination(page_of(range.empty() ? 1 : range.first)),
                          {},
                          true};
            for (std::size_t d = 0; !range.empty() && d < documents[i].size(); ++d) {
                Bookmark doc{documents[i][d].title,
                             fit_destination(page_of(plan.document_starts[i][d])),
                             std::move(document_bookmarks[i][d]), false};
                item.children.push_back(std::move(doc));
            }
            bookmarks.push_back(std::move(item));
        }
        write_bookmarks(out, bookmarks);
        assembly.structure().finish();
        write_metadata(
            out, {pack_title(manifest), manifest.council, "Agenda and reports", manifest.lang});
        PackResult result;
        result.pdf = assembly.write();
        result.plan = std::move(plan);
        return result;
    } catch (const QPDFExc& e) {
        throw std::runtime_error(e.what());
    }
}

} // namespace clerk::pack

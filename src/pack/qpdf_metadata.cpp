// What the pack says about itself: document information, XMP, language, page labels.
#include "pack/qpdf_parts.hpp"
#include "render/html_writer.hpp"

#include <fmt/format.h>

namespace clerk::pack::detail {

namespace {

// The XMP packet; its text is escaped as HTML text is, which is also well-formed XML.
std::string xmp(const PackInfo& info) {
    return fmt::format(
        R"(<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{0}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{1}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{2}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{3}</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>Clerk</pdf:Producer>
<xmp:CreatorTool>Clerk</xmp:CreatorTool>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>)",
        render::escape_html(info.title), render::escape_html(info.author),
        render::escape_html(info.subject), render::escape_html(info.lang));
}

} // namespace

void write_metadata(QPDF& out, const PackInfo& info) {
    QPDFObjectHandle trailer = out.getTrailer();
    QPDFObjectHandle dict = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
    dict.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(info.title));
    dict.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(info.author));
    dict.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(info.subject));
    dict.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("Clerk"));
    dict.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("Clerk (cairo, qpdf)"));
    trailer.replaceKey("/Info", dict);

    QPDFObjectHandle root = out.getRoot();
    QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&out, xmp(info));
    metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    root.replaceKey("/Metadata", metadata);
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(info.lang));
    QPDFObjectHandle prefs = QPDFObjectHandle::newDictionary();
    prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", prefs);

    // Page labels 1, 2, 3 ... so the viewer's page numbers are the stamped ones.
    QPDFObjectHandle style = QPDFObjectHandle::newDictionary();
    style.replaceKey("/S", QPDFObjectHandle::newName("/D"));
    QPDFObjectHandle labels = QPDFObjectHandle::newDictionary();
    labels.replaceKey("/Nums",
                      QPDFObjectHandle::newArray({QPDFObjectHandle::newInteger(0), style}));
    root.replaceKey("/PageLabels", labels);
}

} // namespace clerk::pack::detail

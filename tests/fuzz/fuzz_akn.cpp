// Fuzzes the Akoma Ntoso reader and the structural checks of `clerk validate`, and on what
// the reader accepts, the Akoma Ntoso writer.
#include "fuzz_support.hpp"
#include "load/load.hpp"
#include "xml/akn_validate.hpp"
#include "xml/akn_writer.hpp"
#include "xml/safe_xml.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text = clerk::fuzz::text_of(data, size);
    clerk::LoadResult result = clerk::load_text("fuzz.xml", text, "akn");
    clerk::fuzz::require_reason(result);
    if (result.ok()) (void)clerk::xml::write_akn(*result.document);
    clerk::SourceText source("fuzz.xml", std::move(text));
    pugi::xml_document xml;
    if (!clerk::xml::parse_xml_safely(source, xml))
        (void)clerk::xml::check_akn_structure(source, xml);
    return 0;
}

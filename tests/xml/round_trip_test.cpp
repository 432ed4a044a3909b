// Markdown -> Akoma Ntoso -> Markdown and Markdown -> Akoma Ntoso -> model on the bundled
// documents and on fixtures covering every kind of block and inline.
#include "support/helpers.hpp"
#include "write/markdown_writer.hpp"
#include "xml/akn_writer.hpp"
#include "xml_helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

// Checks both round trips for one Markdown document and returns the XML.
std::string check_round_trip(const LoadResult& md) {
    REQUIRE(md.ok());
    std::string akn = xml::write_akn(*md.document);
    LoadResult back = load_akn(akn);
    for (const Diagnostic& d : back.diagnostics)
        INFO(d.message);
    REQUIRE(back.ok());
    CHECK(back.diagnostics.empty());
    CHECK(model_json(*back.document) == model_json(*md.document));
    CHECK(write_markdown(*back.document) == write_markdown(*md.document));
    // The unit fields the JSON does not show survive too.
    REQUIRE(back.document->units.size() == md.document->units.size());
    for (std::size_t i = 0; i < md.document->units.size(); ++i) {
        const Unit& a = md.document->units[i];
        const Unit& b = back.document->units[i];
        CHECK(a.heading_level == b.heading_level);
        CHECK(a.explicit_id == b.explicit_id);
        CHECK(a.parent == b.parent);
    }
    return akn;
}

} // namespace

TEST_CASE("the bundled protocol survives Markdown -> XML -> Markdown and -> model",
          "[xml][roundtrip]") {
    std::string akn = check_round_trip(load_file(bundled_protocol()));
    CHECK(akn.find("<section eId=\"sec_9\">") != std::string::npos);
    CHECK(akn.find("eId=\"sec_9__subsec_3__para_5\"") != std::string::npos);
    CHECK(akn.find("<hcontainer eId=\"appendix_1\" name=\"appendix\">") != std::string::npos);
    CHECK(
        akn.find(
            "eId=\"sec_6__hcontainer_quick-guide\" name=\"unnumbered\" clerk:id=\"quick-guide\"") !=
        std::string::npos);
    CHECK(akn.find("<def refersTo=\"#monitoring-officer\">Monitoring Officer</def>") !=
          std::string::npos);
    CHECK(akn.find("<TLCTerm eId=\"monitoring-officer\"") != std::string::npos);
}

TEST_CASE("the bundled action plan survives Markdown -> XML -> Markdown and -> model",
          "[xml][roundtrip]") {
    std::string akn =
        check_round_trip(load_file(repo_path("protocol-text/southend/action-plan.md")));
    CHECK(akn.find("<doc name=\"action-plan\">") != std::string::npos);
}

TEST_CASE("every block and inline kind survives the round trip", "[xml][roundtrip]") {
    check_round_trip(load_markdown(slurp(repo_path("tests/fixtures/xml/every-kind.md"))));
}

TEST_CASE("front matter Akoma Ntoso has no element for survives", "[xml][roundtrip]") {
    std::string akn = check_round_trip(load_markdown(R"(---
title: "Quoted: title"
council: Testshire County Council
part: Part 5(e)
version: "1.10"
status: adopted
date: 2021-03-04
meeting: Full Council
definitions: "2"
history:
  - { version: "1.0", date: 2014-05-22, status: adopted, by: Council, note: "first: adopted" }
  - { version: "1.10", date: 2021-03-04, status: adopted, by: Full Council }
review: { every: 4y, owner: [Monitoring Officer, "Deputy"], empty: [], none: null }
contact: someone@example.org
---

# 1. Purpose

1.1 Text.

# 2. Words

2.1 **Officer** means a person.
)"));
    CHECK(akn.find("<eventRef eId=\"evt_2\" date=\"2021-03-04\" source=\"#original\" "
                   "type=\"amendment\"") != std::string::npos);
    CHECK(akn.find("<FRBRdate date=\"2014-05-22\" name=\"first version\"/>") != std::string::npos);
    CHECK(akn.find("eng@2021-03-04") != std::string::npos);
    CHECK(akn.find("<b><def refersTo=\"#officer\">Officer</def></b>") != std::string::npos);
}

TEST_CASE("a document without front matter round-trips", "[xml][roundtrip]") {
    std::string akn = check_round_trip(load_markdown("Opening words.\n\n# 1. Only\n"));
    CHECK(akn.find("<container name=\"preamble\">") != std::string::npos);
}

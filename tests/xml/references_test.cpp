// References in the Akoma Ntoso export: internal ones as <ref>/<mref> to eIds, Act
// citations as <ref> to legislation.gov.uk, and the round trip unchanged by either.
#include "link/links.hpp"
#include "support/helpers.hpp"
#include "write/markdown_writer.hpp"
#include "xml_helpers.hpp"
#include "xmllink/akn_references.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

refdata::Act act(std::string chapter) {
    refdata::Act a;
    a.title = "Example Act";
    a.year = 2011;
    a.chapter = std::move(chapter);
    return a;
}

const char* kLinked = R"(---
title: Linked
---

# 1. Scope

1.1 Officers serve the Council.

1.2 The duties in Sections 1.1 and 2.1 apply, as does Section 28 of the Localism Act 2011.

# 2. Other

2.1 See 1.2 and Section 7.4, which does not exist.
)";

} // namespace

TEST_CASE("legislation addresses follow from the register's chapter", "[xml][references]") {
    CHECK(xml::legislation_uri(act("2011 c. 20"), "") ==
          "https://www.legislation.gov.uk/ukpga/2011/20");
    CHECK(xml::legislation_uri(act("2011 c. 20"), "28") ==
          "https://www.legislation.gov.uk/ukpga/2011/20/section/28");
    CHECK(xml::legislation_uri(act("SI 2014/2095"), "3") ==
          "https://www.legislation.gov.uk/uksi/2014/2095/regulation/3");
    // Regnal chapters have no address that follows from them.
    CHECK(xml::legislation_uri(act("6 Edw. 7 c. 34"), "").empty());
}

TEST_CASE("resolved references become <ref> and <mref>; unresolved ones stay text",
          "[xml][references]") {
    LoadResult md = load_markdown(kLinked);
    REQUIRE(md.ok());
    refdata::LegislationRegister reg;
    refdata::Act localism = act("2011 c. 20");
    localism.title = "Localism Act";
    reg.acts.push_back(localism);
    std::string akn =
        xml::write_akn(*md.document, xml::akn_references(link_references(*md.document), &reg));

    CHECK(akn.find("<mref>Sections <ref href=\"#sec_1__subsec_1\">1.1</ref> and "
                   "<ref href=\"#sec_2__subsec_1\">2.1</ref></mref>") != std::string::npos);
    CHECK(akn.find("<ref href=\"https://www.legislation.gov.uk/ukpga/2011/20/section/28\">"
                   "Section 28 of the Localism Act 2011</ref>") != std::string::npos);
    CHECK(akn.find("<ref href=\"#sec_1__subsec_2\">1.2</ref>") != std::string::npos);
    // A link to a unit that does not exist would lead nowhere.
    CHECK(akn.find("Section 7.4, which") != std::string::npos);
    CHECK(akn.find("href=\"#sec_7") == std::string::npos);

    LoadResult back = load_akn(akn);
    REQUIRE(back.ok());
    CHECK(back.diagnostics.empty());
    CHECK(model_json(*back.document) == model_json(*md.document));
}

TEST_CASE("without a register, Act citations stay text", "[xml][references]") {
    LoadResult md = load_markdown(kLinked);
    REQUIRE(md.ok());
    std::string akn =
        xml::write_akn(*md.document, xml::akn_references(link_references(*md.document), nullptr));
    CHECK(akn.find("legislation.gov.uk") == std::string::npos);
    CHECK(akn.find("<mref>") != std::string::npos);
}

TEST_CASE("the bundled protocol's export links its references and round-trips exactly",
          "[xml][references][e2e]") {
    RunResult xml = run_clerk("export --to akn protocol-text/southend/protocol.md");
    REQUIRE(xml.status == 0);
    CHECK(xml.out.find("<mref>Sections <ref href=\"#sec_5__subsec_7\">5.7</ref> and "
                       "<ref href=\"#sec_9__subsec_3__para_5\">9.3.5</ref></mref>") !=
          std::string::npos);
    CHECK(xml.out.find("href=\"https://www.legislation.gov.uk/ukpga/1972/70/section/100\"") !=
          std::string::npos);

    TempFile exported(xml.out, ".xml");
    RunResult md = run_clerk("export --to md " + exported.str());
    REQUIRE(md.status == 0);
    CHECK(md.out == slurp(bundled_protocol()));
}

#include "link/links.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;

TEST_CASE("internal references resolve and leave backlinks", "[link]") {
    auto r = test::load_markdown("# 1. A\n\n1.1 First.\n\n1.2 See Section 1.1 and Section "
                                 "1.9.\n\n# Appendix 1 – X\n\nText, and see 1.2.\n");
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    Links links = link_document(doc);
    REQUIRE(links.references.size() == 3);
    CHECK(links.references[0].targets[0].unit == doc.find("1.1"));
    CHECK(links.references[1].targets[0].unit == kNoUnit);
    CHECK(links.backlinks[static_cast<std::size_t>(doc.find("1.1"))].size() == 1);
    CHECK(links.backlinks[static_cast<std::size_t>(doc.find("1.2"))].size() == 1);
    CHECK(links.references[2].from == doc.find("appendix-1"));
}

TEST_CASE("parallel provisions: the same duty in two places, not mere shared words",
          "[link][parallels]") {
    auto r = test::load_markdown("# 5. Principles\n\n5.7 The following principles apply:\n\n- "
                                 "Councillors will be kept informed;\n"
                                 "- Where confidential, personal or otherwise sensitive "
                                 "information is provided to a Councillor, that Councillor will "
                                 "not disclose it to any other person, without authorisation.\n\n"
                                 "# 9. Access\n\n9.3.5 Where confidential, personal or otherwise "
                                 "sensitive information is provided to a Councillor, they will not "
                                 "disclose it to any other person, without authorisation.\n\n"
                                 "9.3.6 Councillors will not disclose their passwords to any other "
                                 "person and will report a lost device to the Council promptly.\n");
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    Links links = link_document(doc);
    REQUIRE(links.parallels.size() == 1);
    CHECK(links.parallels[0].a.unit == doc.find("5.7"));
    CHECK(links.parallels[0].b.unit == doc.find("9.3.5"));
    CHECK(links.parallels[0].score > 0.8);
    CHECK(links.parallels[0].matching.size() >= 10);
    CHECK(links.parallels_of(doc.find("9.3.5")) == std::vector<UnitIndex>{doc.find("5.7")});
}

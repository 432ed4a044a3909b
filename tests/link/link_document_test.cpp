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

TEST_CASE("parallel provisions: one sentence of a longer paragraph shared with another",
          "[link][parallels]") {
    auto r = test::load_markdown(
        "# 5. Principles\n\n5.7 To carry out their duties effectively, Councillors must have "
        "broad access to Council information. The following principles apply here:\n\n"
        "- Councillors' enquiries will be dealt with promptly and effectively and within "
        "corporate time scales;\n- Officers will not withhold information.\n\n"
        "# 9. Support\n\n9.1.5 Councillors' enquiries will be dealt with promptly and "
        "effectively. A substantive response to a Councillor enquiry should be sent within 10 "
        "working days of receipt.\n\n9.3.1 To carry out their duties effectively, Councillors "
        "must have broad access to Council information. This is a complex area which is subject "
        "to a wide range of legislation as well as the common law.\n\n9.3.2 Councillors must "
        "not share their access to Council information systems with family members or staff.\n");
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    Links links = link_document(doc);
    REQUIRE(links.parallels.size() == 2);
    // The leads of 5.7 and 9.3.1 share their first sentence; the sides are those sentences.
    const Parallel& lead = links.parallels[0];
    CHECK(lead.a.unit == doc.find("5.7"));
    CHECK(lead.b.unit == doc.find("9.3.1"));
    CHECK(lead.a.text ==
          "To carry out their duties effectively, Councillors must have broad access to "
          "Council information.");
    CHECK(lead.b.pos.line == 12);
    // 5.7's first bullet and the first sentence of 9.1.5.
    const Parallel& enquiries = links.parallels[1];
    CHECK(enquiries.a.unit == doc.find("5.7"));
    CHECK(enquiries.b.unit == doc.find("9.1.5"));
    CHECK(enquiries.b.text ==
          "Councillors' enquiries will be dealt with promptly and effectively.");
}

TEST_CASE("parallel provisions: two paragraphs alike are one pair, not one per sentence",
          "[link][parallels]") {
    std::string duty = "All Councillors must take care to direct public criticisms at the Cabinet "
                       "Members responsible for the service and not at the Officers who have "
                       "implemented it. This applies irrespective of whether a decision has been "
                       "delegated to Officers.";
    auto r = test::load_markdown("# 6. Roles\n\n6.1.8 " + duty +
                                 "\n\n6.1.9 When using social media, " + duty + "\n");
    REQUIRE(r.ok());
    Links links = link_document(*r.document);
    REQUIRE(links.parallels.size() == 1);
    CHECK(links.parallels[0].a.text.rfind("All Councillors", 0) == 0);
    CHECK(links.parallels[0].a.text.size() > 200);
}

TEST_CASE("a heading's own label is not a reference; a reference in a heading is", "[link]") {
    auto r = test::load_markdown("# 1. A\n\n1.1 Text.\n\n## Section 1 – Purpose\n\nText.\n\n"
                                 "## Paragraph 2: Roles\n\nText.\n\n"
                                 "## Changes to Section 1.1\n\nText.\n");
    REQUIRE(r.ok());
    Links links = link_document(*r.document);
    REQUIRE(links.references.size() == 1);
    CHECK(links.references[0].text == "Section 1.1");
}

#include "link/citations.hpp"
#include "rule_fixture.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

TEST_CASE("Act citations are found with their sections and years") {
    auto cites = find_act_citations(
        "particularly S.100 Local government Act 1972 as amended, Section 28 (1) of the Localism "
        "Act 2011, "
        "the Freedom of Information Act 2000, section 114 of the Local Government Finance Act 1988 "
        "and the "
        "Local Government (Miscellaneous Provisions) Act 1976 (Health and Care Act 2012); Section "
        "100(A)(4) of the "
        "Local Government Act 1972. Under the Localism Act 2011, s.27 applies.");
    REQUIRE(cites.size() == 8);
    CHECK(cites[0].title == "Local government Act");
    CHECK(cites[0].section == "100");
    CHECK(cites[0].year == 1972);
    CHECK(cites[1].title == "Localism Act");
    CHECK(cites[1].section == "28");
    CHECK(cites[1].subsection == "(1)");
    CHECK(cites[2].title == "Freedom of Information Act");
    CHECK(cites[2].section.empty());
    CHECK(cites[3].section == "114");
    CHECK(cites[4].title == "Local Government (Miscellaneous Provisions) Act");
    CHECK(cites[5].title == "Health and Care Act");
    CHECK(cites[6].section == "100A");
    CHECK(cites[6].subsection == "(4)");
    CHECK(cites[7].title == "Localism Act");
    CHECK(cites[7].section == "27");
    CHECK(find_act_citations("the Act requires it, as this Act says").empty());
}

TEST_CASE("cite/act-title: a title spelled unlike the register, or not in it but close to an Act "
          "that is") {
    Fixture f(
        "# 9. Access\n\n9.3.1 This is subject to S.100 Local government Act 1972 as amended.\n\n"
        "9.3.2 The Director of Children's Services is established in the Children's Act 2004.\n");
    auto found = f.run_alone("cite/act-title", check::Needs::Legislation);
    REQUIRE(found.size() == 2);
    CHECK(found[0].code == "cite/act-title");
    CHECK(found[0].suggestion == "Local Government Act");
    CHECK(found[1].suggestion == "Children Act");

    Fixture clean("# 9. Access\n\n9.3.1 See S.100 Local Government Act 1972 and the Crime and "
                  "Disorder Act 1998.\n");
    CHECK(clean.run_alone("cite/act-title", check::Needs::Legislation).empty());
}

TEST_CASE("cite/act-title without a register: one title spelled two ways") {
    Fixture f("# 1. A\n\n1.1 Under the Local Government Act 1972 meetings are public.\n\n"
              "1.2 See also the Local government Act 1972.\n");
    auto found = f.run("cite/act-title", no_data());
    REQUIRE(found.size() == 1);
    CHECK(found[0].span.begin.line == 9);
    CHECK(found[0].notes.size() == 1);
}

TEST_CASE("cite/act-year: a wrong year for an Act in the register") {
    Fixture f("# 1. A\n\n1.1 The principles are in Section 28 (1) of the Localism Act 2001.\n\n"
              "1.2 The Director of Public Health (Health and Care Act 2012).\n");
    auto found = f.run_alone("cite/act-year");
    REQUIRE(found.size() == 2);
    CHECK(found[0].suggestion == "Localism Act 2011");
    CHECK(found[1].suggestion == "Health and Social Care Act 2012");
    Fixture clean("# 1. A\n\n1.1 The Local Government Act 2000 and the Localism Act 2011 apply.\n");
    CHECK(clean.run_alone("cite/act-year").empty());
}

TEST_CASE("cite/act-repealed: a repealed Act relied on, not one whose repeal is told") {
    Fixture f("# 9. Info\n\n9.1.14 The Councillor is entitled to it under the Data Protection Act "
              "1998.\n");
    auto found = f.run_alone("cite/act-repealed");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("Data Protection Act 2018") != std::string::npos);
    Fixture history(
        "# 1. A\n\n1.1 The 2001 Order lapsed when the Localism Act 2011 repealed Section 49 (1) of "
        "the "
        "Local Government Act 2000.\n\n1.2 Data is handled under the Data Protection Act 2018.\n");
    CHECK(history.run_alone("cite/act-repealed").empty());
}

TEST_CASE("cite/legislation-section: the section cited for a duty is the one about another") {
    Fixture f("# 1. Introduction\n\n1.1.1 This Protocol is consistent with the Nolan Principles "
              "and the provisions of "
              "Section 29(1) Localism Act 2011.\n\n# Appendix 1 – The Nolan Principles and Section "
              "28(1) of the "
              "Localism Act 2011\n\nText.\n");
    auto found = f.run_alone("cite/legislation-section");
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "cite/legislation-section");
    CHECK(found[0].suggestion == "Section 28(1) of the Localism Act 2011");
    REQUIRE(found[0].notes.size() == 1);
    CHECK(found[0].notes[0].message.find("Appendix 1") != std::string::npos);

    Fixture clean("# 1. A\n\n1.1 The register of interests is kept under section 29 of the "
                  "Localism Act 2011, and "
                  "the code is consistent with the Seven Principles (section 28 of the Localism "
                  "Act 2011).\n");
    CHECK(clean.run_alone("cite/legislation-section").empty());
}

TEST_CASE("cite/legislation-section near miss: a lettered section inside the Part cited loosely") {
    // Section 100 stands loosely for Part VA ("access to information"); 100F is in that Part.
    Fixture precise("# 4. Access\n\n4.1 A Member may ask for any information reasonably needed. "
                    "The rules are those of the Access to Information Procedure Rules and of "
                    "section 100F of the Local Government Act 1972.\n");
    CHECK(precise.run_alone("cite/legislation-section").empty());
    // A section outside it, in the same context, is still reported.
    Fixture wrong("# 4. Access\n\n4.1 A Member may ask for any information reasonably needed. "
                  "The rules are those of the Access to Information Procedure Rules and of "
                  "section 85 of the Local Government Act 1972.\n");
    CHECK(wrong.run_alone("cite/legislation-section").size() == 1);
}

TEST_CASE("cite/act-title near misses: Acts outside the register that merely share a year") {
    Fixture f("# 1. A\n\n1.1 The Water Act 2003 and the Sexual Offences Act 2003 apply, as does "
              "the Equalities Act "
              "2010.\n");
    auto found = f.run_alone("cite/act-title", check::Needs::Legislation);
    REQUIRE(found.size() == 1);
    CHECK(found[0].suggestion == "Equality Act");
}

#include "load/clause_number.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;

TEST_CASE("clause numbers that open a paragraph", "[load][number]") {
    struct Case {
        const char* text;
        const char* id; // nullptr: not a clause
    };
    const Case cases[] = {
        {"5.7 To carry out their duties", "5.7"},
        {"9.3.5 Where confidential", "9.3.5"},
        {"10.2.6 Copying Officer / Councillors correspondence", "10.2.6"},
        {"1.2.1 Councillor includes", "1.2.1"},
        {"2.1. This Protocol applies", "2.1"},
        {"8.1.4 “Quoted” opening", "8.1.4"},
        {"12.1.2 (a) bracketed", "12.1.2"},
        {"10.30 am the meeting starts", nullptr},
        {"10.30 a.m. Coffee", nullptr},
        {"11.11.2020 was the meeting date", nullptr},
        {"1.5 million residents", nullptr},
        {"2.0 draft circulated", nullptr},
        {"5(a) – You must not use", nullptr},
        {"6-11 – The rules on Disclosable Pecuniary Interests", nullptr},
        {"28 July 2020 Minutes", nullptr},
        {"10 working days", nullptr},
        {"5.7", "5.7"},
        {"05.07 Leading zero", nullptr},
        {"5.7.3.2.1 Deep", "5.7.3.2.1"},
        {"5.7Text", nullptr},
        {"3.30 pm Tea", nullptr},
        {"2.5% increase", nullptr},
        {"1000.1 A long constitution's section 1000", "1000.1"},
        {"123456.7.8 Six digits first", "123456.7.8"},
        {"1234567.1 Seven digits", nullptr},
        {"1.1000 A fourth digit after the first component", nullptr},
        {"1.5.2020 The date", nullptr},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto m = match_clause_number(c.text);
        if (c.id) {
            REQUIRE(m);
            CHECK(m->id == c.id);
        } else {
            CHECK_FALSE(m);
        }
    }
}

TEST_CASE("numbers that open a heading", "[load][number]") {
    auto m = match_heading_number("1. Introduction");
    REQUIRE(m);
    CHECK(m->id == "1");
    CHECK(m->written == "1.");
    CHECK(m->length == 3);
    m = match_heading_number("9.3 Access to Information");
    REQUIRE(m);
    CHECK(m->id == "9.3");
    CHECK(m->written == "9.3");
    CHECK_FALSE(match_heading_number("28 July 2020"));
    CHECK_FALSE(match_heading_number("2020 Review"));
    CHECK_FALSE(match_heading_number("2020"));
    m = match_heading_number("1000. Section 1000");
    REQUIRE(m);
    CHECK(m->id == "1000");
    m = match_heading_number("1000.2 Part 2");
    REQUIRE(m);
    CHECK(m->id == "1000.2");
    CHECK_FALSE(match_heading_number("Introduction"));
    CHECK_FALSE(match_heading_number("3 councillors attended"));
}

TEST_CASE("appendix headings", "[load][number]") {
    auto m = match_appendix("Appendix 1 – The Nolan Principles");
    REQUIRE(m);
    CHECK(m->id == "appendix-1");
    CHECK(m->written == "Appendix 1");
    CHECK(m->title == "The Nolan Principles");
    m = match_appendix("Annex A: Forms");
    REQUIRE(m);
    CHECK(m->id == "annex-a");
    CHECK(m->title == "Forms");
    m = match_appendix("Appendix 2");
    REQUIRE(m);
    CHECK(m->title.empty());
    CHECK_FALSE(match_appendix("Appendices and notes"));
    CHECK_FALSE(match_appendix("Appendix to the report"));
}

TEST_CASE("explicit IDs and number prefixes", "[load][number]") {
    std::string heading = "Quick Guide {#quick-guide}";
    CHECK(take_explicit_id(heading) == "quick-guide");
    CHECK(heading == "Quick Guide");
    std::string plain = "No id here";
    CHECK(take_explicit_id(plain).empty());
    CHECK(is_number_prefix("9.3", "9.3.5"));
    CHECK(is_number_prefix("9", "9.3"));
    CHECK_FALSE(is_number_prefix("9.3", "9.35"));
    CHECK_FALSE(is_number_prefix("9.3", "9.3"));
}

TEST_CASE("a heading may name its level before its number", "[load][numbers]") {
    auto section = match_heading_number("Section 1 – Purpose");
    REQUIRE(section);
    CHECK(section->id == "1");
    CHECK(section->written == "Section 1");
    CHECK(std::string("Section 1 – Purpose").substr(section->length) == "Purpose");
    auto part = match_heading_number("PART 2: Scope");
    REQUIRE(part);
    CHECK(part->id == "2");
    CHECK(std::string("PART 2: Scope").substr(part->length) == "Scope");
    auto dotted = match_heading_number("Section 12. Roles and Responsibilities");
    REQUIRE(dotted);
    CHECK(dotted->id == "12");
    auto bare = match_heading_number("Section 4");
    REQUIRE(bare);
    CHECK(bare->id == "4");
    CHECK(match_heading_number("Part 10 - Definitions"));
}

TEST_CASE("prose and other labels after Section or Part are not numbers", "[load][numbers]") {
    CHECK_FALSE(match_heading_number("Section 3 applies to every Member"));
    CHECK_FALSE(match_heading_number("Section 1A Interim arrangements"));
    CHECK_FALSE(match_heading_number("Sections 1 and 2"));
    CHECK_FALSE(match_heading_number("Partnership 2 Working"));
    CHECK_FALSE(match_heading_number("Section Two"));
}

TEST_CASE("clauses nest under a heading written Section N", "[load][numbers]") {
    auto loaded = test::load_markdown("---\ntitle: T\n---\n\n# Section 1 – Purpose\n\n1.1 The "
                                      "purpose.\n\n# Section 2: Scope\n\n2.1 The scope.\n");
    REQUIRE(loaded.ok());
    const Document& doc = *loaded.document;
    UnitIndex clause = doc.find("2.1");
    REQUIRE(clause != kNoUnit);
    UnitIndex parent = doc.units[unit_position(clause)].parent;
    REQUIRE(parent != kNoUnit);
    CHECK(doc.units[unit_position(parent)].id == "2");
    CHECK(doc.units[unit_position(parent)].title == "Scope");
}

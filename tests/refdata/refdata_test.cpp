// The reference data files: the bundled ones load cleanly and hold what the checks need;
// bad data gives an error naming the file and line.
#include "refdata/bundled.hpp"
#include "refdata/load_refdata.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::refdata;

namespace {

ReferenceData bundled(std::vector<Diagnostic>& errors) {
    ReferencePaths paths = locate_reference_data(test::bundled_protocol());
    return load_reference_data(paths, errors);
}

} // namespace

TEST_CASE("the bundled reference data is found beside the protocol and loads without errors") {
    ReferencePaths paths =
        locate_reference_data(test::repo_path("protocol-text/southend/protocol.md"));
    CHECK_FALSE(paths.legislation.empty());
    CHECK_FALSE(paths.gendered.empty());
    CHECK_FALSE(paths.canonical.empty());
    CHECK_FALSE(paths.constitution.empty());
    CHECK_FALSE(paths.deprecated.empty());
    std::vector<Diagnostic> errors;
    ReferenceData data = load_reference_data(paths, errors);
    for (const Diagnostic& e : errors)
        FAIL_CHECK(e.file << ":" << e.span.begin.line << ": " << e.message);
    REQUIRE(data.legislation);
    REQUIRE(data.gendered);
    REQUIRE(data.canonical);
    REQUIRE(data.constitution);
    REQUIRE(data.deprecated);
}

TEST_CASE("the legislation register covers the Acts councils cite") {
    std::vector<Diagnostic> errors;
    ReferenceData data = bundled(errors);
    REQUIRE(data.legislation);
    const LegislationRegister& reg = *data.legislation;
    CHECK(reg.acts.size() >= 40);
    const Act* localism = reg.find("Localism Act", 2011);
    REQUIRE(localism);
    CHECK(localism->chapter == "2011 c. 20");
    REQUIRE(localism->section("28"));
    CHECK(localism->section("28")->subject.find("Seven Principles") != std::string::npos);
    REQUIRE(localism->section("27"));
    REQUIRE(localism->section("29"));
    const Act* dpa = reg.find("Data Protection Act", 1998);
    REQUIRE(dpa);
    CHECK(dpa->repealed_by == "Data Protection Act 2018");
    CHECK(reg.find("Local Government Act", 1972));
    std::vector<int> years = reg.years_of("Local Government Act");
    CHECK(std::find(years.begin(), years.end(), 2000) != years.end());
    CHECK(reg.years_of("Localism Act") == std::vector<int>{2011});
}

TEST_CASE("the other data files hold the terms, titles, texts and map entries") {
    std::vector<Diagnostic> errors;
    ReferenceData data = bundled(errors);
    REQUIRE(data.gendered);
    bool paired = false;
    for (const GenderedTerm& t : data.gendered->terms)
        paired = paired || t.term == "him / her";
    CHECK(paired);
    CHECK(std::find(data.gendered->allowed_titles.begin(), data.gendered->allowed_titles.end(),
                    "Mayoress") != data.gendered->allowed_titles.end());
    REQUIRE(data.deprecated);
    CHECK(data.deprecated->titles.front().title == "Strategic Director");
    CHECK(data.deprecated->titles.front().replacement == "Executive Director");
    REQUIRE(data.canonical);
    REQUIRE(data.canonical->texts.size() == 1);
    CHECK(data.canonical->texts.front().items.size() == 7);
    REQUIRE(data.constitution);
    const ConstitutionEntry* bodies = data.constitution->find("3", "2", "", "");
    REQUIRE(bodies);
    CHECK(bodies->names_phrase("Councillor Bodies"));
    const ConstitutionEntry* delegations = data.constitution->find("3", "3", "", "");
    REQUIRE(delegations);
    CHECK(delegations->title == "Officer Delegations");
    CHECK(data.constitution->find("4(b)", "", "", ""));
    CHECK(data.constitution->find("", "", "", "46"));
    CHECK(data.constitution->find("2", "", "12", ""));
}

TEST_CASE("malformed YAML is an error naming the file and line") {
    std::vector<Diagnostic> errors;
    auto reg = parse_legislation("acts:\n  - title: Localism Act\n    year: [2011\n",
                                 "legislation.yaml", errors);
    CHECK_FALSE(reg);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == "legislation.yaml");
    CHECK(errors[0].span.begin.line >= 3);
    CHECK(errors[0].code == "refdata/legislation");
    CHECK_FALSE(errors[0].suggestion.empty());
}

TEST_CASE("a missing field, a bad year or an unknown key names the entry's line") {
    std::vector<Diagnostic> errors;
    CHECK_FALSE(parse_legislation(
        "acts:\n  - title: Localism Act\n    year: 2011\n  - title: Bribery Act\n    year: 2010\n",
        "l.yaml", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("chapter") != std::string::npos);
    CHECK(errors[0].span.begin.line == 2);

    errors.clear();
    CHECK_FALSE(parse_legislation(
        "acts:\n  - { title: Localism Act, year: twenty, chapter: c. 20 }\n", "l.yaml", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("whole number") != std::string::npos);

    errors.clear();
    CHECK_FALSE(parse_gendered_terms("terms:\n  - { term: he, kind: pronoun, sugest: [they] }\n",
                                     "g.yaml", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("unknown key 'sugest'") != std::string::npos);
    CHECK(errors[0].span.begin.line == 2);

    errors.clear();
    CHECK_FALSE(parse_gendered_terms("terms:\n  - { term: he, kind: word, suggest: [they] }\n",
                                     "g.yaml", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].suggestion.find("pronoun, paired, noun") != std::string::npos);
}

TEST_CASE("a constitution map entry must be a citation Clerk can read, listed once") {
    std::vector<Diagnostic> errors;
    CHECK_FALSE(parse_constitution_map("entries:\n  - { cite: Chapter Nine, title: X }\n", "m.yaml",
                                       errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("Chapter Nine") != std::string::npos);
    errors.clear();
    CHECK_FALSE(parse_constitution_map("entries:\n  - { cite: \"Part 3, Schedule 2\", title: A }\n "
                                       " - { cite: \"Part 3 Schedule 2\", title: B }\n",
                                       "m.yaml", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].span.begin.line == 3);
}

TEST_CASE("constitution citations are read into parts, schedules, articles and standing orders") {
    ConstitutionEntry e;
    REQUIRE(parse_constitution_cite("Part 3, Schedule 2", e));
    CHECK(e.part == "3");
    CHECK(e.schedule == "2");
    REQUIRE(parse_constitution_cite("Part 4 (b)", e));
    CHECK(e.part == "4(b)");
    REQUIRE(parse_constitution_cite("Part 5d", e));
    CHECK(e.part == "5(d)");
    REQUIRE(parse_constitution_cite("Article 12 in Part 2", e));
    CHECK(e.article == "12");
    CHECK(e.part == "2");
    REQUIRE(parse_constitution_cite("Standing Order 46", e));
    CHECK(e.standing_order == "46");
}

TEST_CASE("an explicit reference folder overrides the search, and a missing file is reported") {
    ReferenceOverrides overrides;
    overrides.reference_dir = test::repo_path("protocol-text/reference");
    overrides.constitution_map = "/nonexistent/constitution-map.yaml";
    ReferencePaths paths = locate_reference_data("/tmp/elsewhere/draft.md", overrides);
    CHECK_FALSE(paths.legislation.empty());
    std::vector<Diagnostic> errors;
    ReferenceData data = load_reference_data(paths, errors);
    REQUIRE(data.legislation);
    CHECK(data.legislation->file == paths.legislation);
    // The map that cannot be read is reported, and the bundled map stays.
    REQUIRE(data.constitution);
    CHECK(data.constitution->file == bundled_label(kBundledConstitution));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == "/nonexistent/constitution-map.yaml");
}

TEST_CASE("a constitution map is kept only for documents of its own council") {
    const refdata::ReferenceData& bundled = refdata::bundled_reference_data();
    REQUIRE(bundled.constitution);
    const std::string council = bundled.constitution->council;
    REQUIRE_FALSE(council.empty());
    refdata::ReferenceData own = refdata::for_council(bundled, council);
    CHECK(own.constitution);
    CHECK_FALSE(own.constitution_of_another_council);
    for (const std::string& other : {std::string("Rushcliffe Borough Council"), std::string()}) {
        refdata::ReferenceData data = refdata::for_council(bundled, other);
        CHECK_FALSE(data.constitution);
        CHECK(data.constitution_of_another_council);
        CHECK(data.legislation); // the rest stays
    }
}

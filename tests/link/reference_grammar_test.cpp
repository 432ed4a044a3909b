// The reference grammar, table-driven: phrases from the seed documents that must and must
// not be found as references, with the kind and the targets expected.
#include "link/links.hpp"

#include <catch2/catch.hpp>

using namespace clerk;

namespace {

struct Case {
    const char* text;
    const char* kind;    // "internal", "constitution", "legislation"; nullptr: no reference
    const char* targets; // internal: space-separated IDs
};

PlainText plain(const char* text) {
    PlainText p;
    p.append(text, {1, 1});
    return p;
}

} // namespace

TEST_CASE("reference grammar", "[link][grammar]") {
    const Case cases[] = {
        // Internal references.
        {"see Section 9.1.14.", "internal", "9.1.14"},
        {"(see Sections 5.7 and 9.3.5).", "internal", "5.7 9.3.5"},
        {"(See Section 9.5 for details of how Officers should support Ward Councillors.)",
         "internal", "9.5"},
        {"the following processes in 12.2 will apply.", "internal", "12.2"},
        {"set out in Appendix 1 and the provisions", "internal", "appendix-1"},
        {"presented in Appendices 1 and 2.", "internal", "appendix-1 appendix-2"},
        {"paragraph 4.1 applies", "internal", "4.1"},
        {"paragraphs 4.1, 4.2 or 4.3", "internal", "4.1 4.2 4.3"},
        {"Sections 9.1.1 to 9.1.4 describe", "internal", "9.1.1 9.1.2 9.1.3 9.1.4"},
        {"clauses 3.1-3.3", "internal", "3.1 3.2 3.3"},
        {"Clause 8.2.3 requires", "internal", "8.2.3"},
        {"described in section 6 of this Protocol", "internal", "6"},
        {"Section 5.8 has been amended", "internal", "5.8"},
        {"Section 7.2 has been removed", "internal", "7.2"},
        {"the approach described in section 6", "internal", "6"},
        {"under 8.1.4 above", "internal", "8.1.4"},
        {"as required at 9.2.13", "internal", "9.2.13"},
        {"Annex A sets out", "internal", "annex-a"},
        {"the rules in paras. 2.1 and 2.2", "internal", "2.1 2.2"},
        {"Sections 5.7, 9.3.3 and 9.3.5", "internal", "5.7 9.3.3 9.3.5"},
        {"Copying Officer / Councillors correspondence to others – see Section 9.1.14.", "internal",
         "9.1.14"},
        {"the recommendations set out in Appendix 1 (without the section", "internal",
         "appendix-1"},
        {"at Appendix 2, and agree", "internal", "appendix-2"},
        // Constitution citations.
        {"described in Part 3, Schedule 2 of the Constitution.", "constitution", ""},
        {"(see the Access to Information Procedure Rules in Part 4(b) of the Constitution);",
         "constitution", ""},
        {"provided in Article 12 in Part 2 of the Constitution.", "constitution", ""},
        {"(The same situation applies to action under Standing Order 46.)", "constitution", ""},
        {"and Standing Order 28.", "constitution", ""},
        {"(Standing Order 29).", "constitution", ""},
        {"which is set out in Part 5(a) of the Constitution", "constitution", ""},
        {"an Employee Code of Conduct which is set out in Part 5(c).", "constitution", ""},
        {"the Officer Delegations in Part 3, Schedule 3.", "constitution", ""},
        {"in Part 5d of the Constitution", "constitution", ""},
        {"Standing Orders 28 and 29", "constitution", ""},
        {"Schedule 2 of Part 3", "constitution", ""},
        // Legislation.
        {"the provisions of Section 29(1) Localism Act 2011.", "legislation", ""},
        {"and Section 28(1) of the Localism Act 2011", "legislation", ""},
        {"(particularly S.100 Local government Act 1972 as amended)", "legislation", ""},
        {"under the Freedom of Information Act 2000 or", "legislation", ""},
        {"or the Data Protection Act 1998; or", "legislation", ""},
        {"the Local Government (Access to Information) Act 1985", "legislation", ""},
        {"the Health and Safety at Work etc. Act 1974", "legislation", ""},
        {"the Equality Act 2010 requires", "legislation", ""},
        {"Section 2 of the Act applies", "legislation", ""},
        {"the Local Government and Housing Act 1989", "legislation", ""},
        {"s.151 of the Local Government Act 1972", "legislation", ""},
        {"The Localism Act 2011 introduced", "legislation", ""},
        // Not references.
        {"5(a) – You must not use or attempt to use your position as a Member improperly", nullptr,
         ""},
        {"6-11 – The rules on Disclosable Pecuniary Interests", nullptr, ""},
        {"The meeting started at 10.30 am.", nullptr, ""},
        {"The meeting commenced at 6.30 pm.", nullptr, ""},
        {"within 10 working days of receipt", nullptr, ""},
        {"on 28th July 2020 where the way forward", nullptr, ""},
        {"held on 11.11.2020 at the Civic Centre", nullptr, ""},
        {"a budget of £2.50 per head", nullptr, ""},
        {"version 2.0 of the form", nullptr, ""},
        {"some 1.5 million residents", nullptr, ""},
        {"increased by 2.5% in 2024", nullptr, ""},
        {"for more than one working day", nullptr, ""},
        {"Part 1, Public Agenda Item", nullptr, ""},
        {"the 21st Century Councillor", nullptr, ""},
        {"Pages 5 - 30", nullptr, ""},
        {"Item 4 on the agenda", nullptr, ""},
        {"Tel: 01702 215000", nullptr, ""},
        // A statute's section with its subsection, however spaced, quoted from the Act.
        {"a code adopted by it under section 27 (2) (a \"code of conduct\") is", nullptr, ""},
        {"repealed Section 49 (1) of the Local Government Act 2000", nullptr, ""},
        {"under section 27(2)", nullptr, ""},
    };
    int should_match = 0, must_not = 0;
    for (const Case& c : cases) {
        INFO(c.text);
        auto refs = find_references(plain(c.text), kNoUnit);
        if (!c.kind) {
            ++must_not;
            bool any = std::any_of(refs.begin(), refs.end(), [](const Reference& r) {
                return r.kind == ReferenceKind::Internal;
            });
            // "Part 1, Public Agenda Item" is found as a constitution citation by shape; what
            // must never happen is a false internal reference.
            CHECK_FALSE(any);
            continue;
        }
        ++should_match;
        REQUIRE_FALSE(refs.empty());
        CHECK(to_string(refs.front().kind) == c.kind);
        if (std::string(c.kind) == "internal") {
            std::string ids;
            for (const auto& t : refs.front().targets)
                ids += (ids.empty() ? "" : " ") + t.id;
            CHECK(ids == c.targets);
        }
    }
    CHECK(should_match + must_not >= 60);
}

TEST_CASE("references keep their source spans", "[link][grammar]") {
    PlainText p;
    p.append("see Sections 5.7 and 9.3.5", {12, 4});
    auto refs = find_references(p, 3);
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].from == 3);
    CHECK(refs[0].span.begin == SourcePos{12, 8});
    CHECK(refs[0].span.end == SourcePos{12, 29});
    REQUIRE(refs[0].targets.size() == 2);
    CHECK(refs[0].targets[1].span.begin == SourcePos{12, 25});
}

TEST_CASE("a constitution citation's words end at the citation", "[link][grammar]") {
    struct Case {
        const char* text;
        const char* words;
    };
    const Case cases[] = {
        {"the Rules in Part 4(b) of the Constitution apply", "Part 4(b)"},
        {"in Part 5d of the Constitution", "Part 5d"},
        {"the Officer Delegations in Part 3, Schedule 3.", "Part 3, Schedule 3"},
        {"described in Part 3 of Schedule 2 to it", "Part 3 of Schedule 2"},
        {"set out in Part 5 (c), which", "Part 5 (c)"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto refs = find_references(plain(c.text), kNoUnit);
        REQUIRE(refs.size() == 1);
        CHECK(refs[0].text == c.words);
    }
}

TEST_CASE("a Part of an Act is not a constitution citation", "[link][grammar]") {
    auto refs = find_references(plain("as set out in Part 1 of the Localism Act 2011"), kNoUnit);
    for (const auto& r : refs)
        CHECK(to_string(r.kind) != std::string("constitution"));
}

// The pack manifest: keys, shapes, and one error per problem naming its line.
#include "pack/manifest.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::pack;

namespace {

const char* kGood = R"yaml(council: Southend-on-Sea Borough Council
committee: Standards Committee
date: 2020-11-11
time: "6.00 pm"
venue: Virtual Meeting - MS Teams
contact: { name: Robert Harris, email: committeesection@southend.gov.uk, phone: "01702 215000" }
membership: ["Cllr I Shead (Chair)", "Cllr B Ayling"]
items:
  - title: Apologies for Absence
  - title: Minutes of the Meeting held on 28 July 2020
    documents: [minutes.md]
  - title: Refresh of Protocol on Councillor / Officer Relations
    note: Report of Chief Executive attached
    documents:
      - report.md
      - { file: ../letter.pdf, title: Letter from the Independent Persons }
)yaml";

std::vector<std::string> codes(const ManifestResult& r) {
    std::vector<std::string> out;
    for (const Diagnostic& d : r.diagnostics)
        out.push_back(d.code + "@" + std::to_string(d.span.begin.line));
    return out;
}

} // namespace

TEST_CASE("a complete manifest reads into the meeting, its members and its items") {
    ManifestResult r = read_manifest("packs/pack.yaml", kGood);
    REQUIRE(r.diagnostics.empty());
    const Manifest& m = *r.manifest;
    CHECK(m.council == "Southend-on-Sea Borough Council");
    CHECK(m.committee == "Standards Committee");
    CHECK(m.date == "2020-11-11");
    CHECK(m.time == "6.00 pm");
    CHECK(m.contact.name == "Robert Harris");
    CHECK(m.contact.phone == "01702 215000");
    CHECK(m.membership == std::vector<std::string>{"Cllr I Shead (Chair)", "Cllr B Ayling"});
    REQUIRE(m.items.size() == 3);
    CHECK(m.items[0].documents.empty());
    CHECK(m.items[1].documents[0].resolved == "packs/minutes.md");
    CHECK(m.items[1].documents[0].pos.line == 11);
    CHECK(m.items[2].note == "Report of Chief Executive attached");
    CHECK(m.items[2].documents[1].resolved == "letter.pdf");
    CHECK(m.items[2].documents[1].title == "Letter from the Independent Persons");
    CHECK(m.items[2].documents[1].is_pdf());
    CHECK_FALSE(m.items[2].documents[0].is_pdf());
    CHECK(m.lang == "en-GB");
}

TEST_CASE("an unknown key is reported at its line, with the keys there are") {
    std::string text = kGood;
    text.replace(text.find("venue:"), 6, "vneue:");
    ManifestResult r = read_manifest("pack.yaml", text);
    CHECK_FALSE(r.manifest);
    REQUIRE(codes(r) == std::vector<std::string>{"pack/unknown-key@5"});
    CHECK(r.diagnostics[0].message == "unknown key 'vneue' in the manifest");
    CHECK(r.diagnostics[0].suggestion.find("venue") != std::string::npos);
}

TEST_CASE("unknown keys inside an item and a document are reported at their lines") {
    ManifestResult r = read_manifest("pack.yaml", R"yaml(council: C
committee: Standards Committee
date: 2020-11-11
items:
  - title: Minutes
    pages: 4
    documents:
      - { file: a.pdf, titel: A }
)yaml");
    CHECK(codes(r) == std::vector<std::string>{"pack/unknown-key@6", "pack/unknown-key@8"});
}

TEST_CASE("an item without a title is reported at the item's line, each one once") {
    ManifestResult r = read_manifest("pack.yaml", R"yaml(council: C
committee: Standards Committee
date: 2020-11-11
items:
  - title: Apologies
  - documents: [a.pdf]
  - note: something
)yaml");
    CHECK(codes(r) == std::vector<std::string>{"pack/no-title@6", "pack/no-title@7"});
}

TEST_CASE("missing council, committee, date and items are each reported") {
    ManifestResult r = read_manifest("pack.yaml", "time: 6 pm\n");
    CHECK(codes(r) == std::vector<std::string>{"pack/missing-key@1", "pack/missing-key@1",
                                               "pack/missing-key@1", "pack/no-items@1"});
}

TEST_CASE("malformed YAML is one error at the line where it breaks") {
    ManifestResult r = read_manifest("pack.yaml", "council: C\nitems:\n  - title: [unclosed\n");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "pack/yaml");
    CHECK(r.diagnostics[0].span.begin.line >= 3);
}

TEST_CASE("wrong shapes are reported: a list as text, items not a list, a document as a map "
          "without a file") {
    ManifestResult r = read_manifest("pack.yaml", R"yaml(council: [a, b]
committee: Standards Committee
date: 2020-11-11
items:
  - title: One
    documents:
      - { title: no file }
)yaml");
    CHECK(codes(r) ==
          std::vector<std::string>{"pack/type@1", "pack/no-file@7", "pack/missing-key@1"});
    ManifestResult r2 = read_manifest("pack.yaml", "council: C\ncommittee: S\ndate: d\nitems: 3\n");
    CHECK(codes(r2) == std::vector<std::string>{"pack/type@4", "pack/no-items@4"});
}

TEST_CASE("a missing manifest file is one error naming it") {
    ManifestResult r = read_manifest_file("/nonexistent/pack.yaml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "pack/manifest");
}

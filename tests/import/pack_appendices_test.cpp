// Splitting an agenda pack: which documents are a report's appendices.
#include "import/pack_import.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;

namespace {

std::vector<std::string> pack_kinds(const PackImport& pack) {
    std::vector<std::string> out;
    for (const auto& d : pack.documents)
        out.push_back(d.part.kind);
    return out;
}

} // namespace

TEST_CASE("the protocol and action plan after a report are its appendices", "[import][pack]") {
    // The report lists "Appendix 1 – Revised Protocol"; the protocol is headed with its own
    // title, "Part 5(c) – Protocol on Councillor / Officer Relations".
    PackImport pack =
        import_pack(test::repo_path("tests/fixtures/import/pack-report-with-appendices.txt"));
    REQUIRE(pack.ok());
    REQUIRE(pack_kinds(pack) ==
            std::vector<std::string>{"agenda", "report", "protocol", "action-plan"});
    auto appendices = pack.documents[1].result.document->metadata.extra["appendices"];
    REQUIRE(appendices.size() == 2);
    CHECK(appendices[0] == pack.documents[2].file_name);
    CHECK(appendices[1] == pack.documents[3].file_name);
}

TEST_CASE("documents after minutes that follow a report are not its appendices", "[import][pack]") {
    PackImport pack =
        import_pack(test::repo_path("tests/fixtures/import/pack-minutes-between.txt"));
    REQUIRE(pack.ok());
    REQUIRE(pack_kinds(pack) ==
            std::vector<std::string>{"agenda", "report", "minutes", "protocol", "action-plan"});
    for (const auto& d : pack.documents)
        CHECK_FALSE(d.result.document->metadata.extra.contains("appendices"));
}

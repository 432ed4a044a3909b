// clerk diff --format pdf: the schedule of changes, then the redline, on the example versions.
#include "pdf_tools.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace clerk::test;
namespace fs = std::filesystem;

TEST_CASE("clerk diff --format pdf writes the schedule of changes then the redline",
          "[pdf][diff][e2e]") {
    REQUIRE(pdf_tools_present()); // poppler-utils and qpdf (scripts/install-deps.sh)
    fs::path out =
        fs::temp_directory_path() / ("clerk-diff-" + std::to_string(::getpid()) + ".pdf");
    RunResult r = run_clerk("diff examples/southend-protocol-2016-reconstructed.md "
                            "protocol-text/southend/protocol.md --format pdf -o " +
                            out.string());
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::string info = shell("pdfinfo '" + out.string() + "'");
    CHECK(info_field(info, "Title") == "Changes to Protocol on Councillor / Officer Relations");
    CHECK(info_field(info, "Tagged") == "yes");
    std::string text = shell("pdftotext '" + out.string() + "' -");
    std::size_t schedule = text.find("Schedule of changes");
    std::size_t redline = text.find("The changes in full");
    CHECK(schedule != std::string::npos);
    CHECK(redline != std::string::npos);
    CHECK(schedule < redline);
    CHECK(text.find("Strategic") != std::string::npos); // a deleted word is still there
    // Every "Change" link leads to its heading in the redline.
    std::string dump = shell("qpdf --qdf --object-streams=disable '" + out.string() + "' -");
    std::set<std::string> names = named_destinations(dump);
    int links = 0;
    for (const std::string& target : link_destinations(dump)) {
        ++links;
        INFO(target);
        CHECK(names.count(target));
    }
    CHECK(links >= 3);
    CHECK(shell("qpdf --check '" + out.string() + "' >/dev/null && echo ok") == "ok\n");
    fs::remove(out);
}

TEST_CASE("clerk diff --format pdf refuses to write to the terminal", "[pdf][diff][e2e]") {
    RunResult r = run_clerk("diff protocol-text/southend/protocol.md "
                            "protocol-text/southend/protocol.md --format pdf");
    CHECK(r.status == 2);
    CHECK(r.err.find("-o") != std::string::npos);
}

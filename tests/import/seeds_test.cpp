// The strongest tests: the real documents. Seed 002 imported must give the units and
// clause texts of the bundled protocol, which was made independently; the Rushcliffe
// protocol and the whole agenda packs must import into documents the other commands run on.
#include "import_support.hpp"
#include "write/json_writer.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

using namespace clerk;
using namespace clerk::test;
using nlohmann::json;

namespace {

void flatten(const json& units, std::vector<json>& out) {
    for (const json& u : units) {
        out.push_back(u);
        flatten(u["children"], out);
    }
}

std::vector<json> units_of(const Document& doc) {
    std::vector<json> out;
    flatten(json::parse(write_json(doc))["units"], out);
    return out;
}

std::string normalise(const std::string& text) {
    return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

// Imports through the binary, as a user would, and reads the Markdown back.
Document import_and_reload(const std::string& source, const std::string& md_path) {
    auto r = run_clerk("import '" + source + "' -o '" + md_path + "'");
    INFO(r.err);
    REQUIRE(r.status == 0);
    LoadResult back = load_file(md_path);
    REQUIRE(back.ok());
    return *back.document;
}

#define REQUIRE_SEED(path, prefix)                                                                 \
    std::string path = seed(prefix);                                                               \
    if (path.empty()) {                                                                            \
        WARN("seed " prefix                                                                        \
             "*.txt not found (looked in $CLERK_SEEDS and ../shared/seeds): skipped");             \
        return;                                                                                    \
    }

} // namespace

TEST_CASE("seed 002 imports into the units and clause texts of the bundled protocol") {
    REQUIRE_SEED(source, "002_");
    TempFile out("", ".md");
    Document imported = import_and_reload(source, out.str());
    LoadResult bundled = load_file(bundled_protocol());
    REQUIRE(bundled.ok());
    std::vector<json> a = units_of(imported), b = units_of(*bundled.document);

    REQUIRE(a.size() == b.size());
    std::size_t exact = 0, normalised = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO("unit " << i << ": " << b[i]["id"]);
        CHECK(a[i]["id"] == b[i]["id"]);
        CHECK(a[i]["number"] == b[i]["number"]);
        CHECK(a[i]["title"] == b[i]["title"]);
        CHECK(a[i]["kind"] == b[i]["kind"]);
        std::string ta = a[i]["text"], tb = b[i]["text"];
        exact += ta == tb ? 1 : 0;
        normalised += normalise(ta) == normalise(tb) ? 1 : 0;
        CHECK(normalise(ta) == normalise(tb));
    }
    WARN("seed 002: " << exact << " of " << b.size()
                      << " unit texts match the bundled protocol exactly, " << normalised
                      << " after whitespace normalisation");
    CHECK(imported.metadata.title == bundled.document->metadata.title);
    CHECK(imported.metadata.council == bundled.document->metadata.council);
    CHECK(imported.metadata.part == bundled.document->metadata.part);
}

TEST_CASE("seed 002: the import notes say what was dropped and joined, by line") {
    REQUIRE_SEED(source, "002_");
    auto r = run_clerk("import --report '" + source + "' -o /dev/null");
    REQUIRE(r.status == 0);
    CHECK(r.err.find("line 58: dropped footer URL "
                     "http://www.southend.gov.uk/resources/part3schedule2.pdf") !=
          std::string::npos);
    CHECK(r.err.find("line 184: table inferred") != std::string::npos);
    CHECK(r.err.find("line 750: joined across a blank line") != std::string::npos);
}

TEST_CASE("the Rushcliffe protocol in seed 004 imports as headings and lists") {
    REQUIRE_SEED(source, "004_");
    // The protocol is Appendix 1 of the review report: from its title to its review clause.
    std::string pack = slurp(source);
    auto begin = pack.find("Protocol on Councillor: Officer Relations");
    auto end = pack.find("subsequently every four years, or as required.", begin);
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    TempFile text(pack.substr(begin, end - begin + 48), ".txt");
    TempFile out("", ".md");
    Document doc = import_and_reload(text.str(), out.str());

    CHECK(doc.metadata.title == "Protocol on Councillor: Officer Relations");
    CHECK(doc.metadata.council == "Rushcliffe Borough Council");
    std::vector<std::string> titles;
    std::size_t lead_in_units = 0;
    for (const Unit& u : doc.units) {
        if (u.kind != UnitKind::Section) continue;
        if (u.parent == kNoUnit)
            titles.push_back(u.title);
        else if (u.title.rfind("In terms of ", 0) == 0)
            ++lead_in_units;
    }
    CHECK(titles == std::vector<std::string>{
                        "Introduction", "The Roles of Councillors and Officers",
                        "The Agreement between Councillors and Officers",
                        "Supporting Front-line Councillors", "Supporting overview and scrutiny",
                        "Supporting the Cabinet and other decision-making bodies", "General",
                        "Review"});
    // Each "In terms of X, Councillors will:" is a unit of its section (casework-officers),
    // followed by its list; the running header "Appendix 1" is gone.
    CHECK(lead_in_units == 32);
    CHECK(doc.find("casework-councillors") != kNoUnit);
    CHECK(doc.find("complaints-officers") != kNoUnit);
    std::string md = slurp(out.str());
    std::size_t lead_ins = 0, followed = 0;
    for (std::size_t at = md.find("## In terms of "); at != std::string::npos;
         at = md.find("## In terms of ", at + 1)) {
        ++lead_ins;
        auto eol = md.find('\n', at + 1);
        followed += md.compare(eol, 4, "\n\n- ") == 0 ? 1 : 0;
    }
    CHECK(lead_ins == 32);
    CHECK(followed == lead_ins);
    CHECK(md.find("Appendix 1") == std::string::npos);
    CHECK(md.find("- have a high regard for:\n  - the rights of officers to have a personal and "
                  "family life\n") != std::string::npos);
}

TEST_CASE("the whole agenda packs import into documents the other commands run on") {
    for (const char* prefix : {"001_", "004_", "000_"}) {
        std::string source = seed(prefix);
        if (source.empty()) {
            WARN("seed " << prefix << "*.txt not found: skipped");
            continue;
        }
        INFO(source);
        TempFile out("", ".md");
        import_and_reload(source, out.str());
        CHECK(run_clerk("outline '" + out.str() + "'").status == 0);
        CHECK(run_clerk("export --to json '" + out.str() + "'").status == 0);
        auto check = run_clerk("check '" + out.str() + "'");
        INFO(check.err);
        CHECK((check.status == 0 || check.status == 1));
    }
}

namespace {

std::vector<std::string> kinds_of(const PackImport& pack) {
    std::vector<std::string> out;
    for (const PackDocument& d : pack.documents)
        out.push_back(d.part.kind);
    return out;
}

} // namespace

TEST_CASE("seed 004 splits into its agenda, minutes, reports, protocol and workbook") {
    REQUIRE_SEED(source, "004_");
    PackImport pack = import_pack(source);
    REQUIRE(pack.ok());
    CHECK(kinds_of(pack) == std::vector<std::string>{"agenda", "minutes", "report", "appendix",
                                                     "report", "protocol", "appendix"});
    REQUIRE(pack.documents.size() == 7);
    CHECK(pack.documents[1].part.title.rfind("MINUTES OF THE MEETING", 0) == 0);
    CHECK(pack.documents[2].part.title == "Cases and work update 2023-24");
    CHECK(pack.documents[4].part.title == "Review of the Protocol on Councillor/Officer Relations");
    CHECK(pack.documents[5].part.title == "Protocol on Councillor: Officer Relations");
    CHECK(pack.documents[6].part.title ==
          "A councillor's workbook on effective councillor/officer relationships");
    // Each report names the files of its appendices.
    auto appendices = [&](std::size_t k) {
        return pack.documents[k].result.document->metadata.extra["appendices"];
    };
    CHECK(appendices(2).size() == 1);
    CHECK(appendices(4).size() == 2);
    CHECK(appendices(4)[0] == pack.documents[5].file_name);

    // Checked part by part, the two reports numbered 1-9 no longer collide.
    TempDir dir;
    auto r = run_clerk("import --split '" + source + "' -o '" + dir.str() + "'");
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::string files;
    for (const PackDocument& d : pack.documents)
        files += " '" + dir.str() + "/" + d.file_name + "'";
    auto check = run_clerk("check --format json" + files);
    INFO(check.out);
    nlohmann::json findings = nlohmann::json::parse(check.out);
    std::size_t numbering = 0;
    for (const auto& d : findings["diagnostics"])
        if (d["rule"].get<std::string>().rfind("num/", 0) == 0 && d["severity"] == "error")
            ++numbering;
    CHECK(numbering == 0);
}

TEST_CASE("seed 001 splits into its agenda, minutes, report, protocol and action plan") {
    REQUIRE_SEED(source, "001_");
    PackImport pack = import_pack(source);
    REQUIRE(pack.ok());
    CHECK(kinds_of(pack) ==
          std::vector<std::string>{"agenda", "minutes", "report", "protocol", "action-plan"});
    REQUIRE(pack.documents.size() == 5);
    CHECK(pack.documents[3].result.document->metadata.part == "Part 5(d)");
    // The report's appendices: the protocol, found by its own title ("Part 5(d) – Protocol
    // ...", listed as "Appendix 1 – Redraft of the Protocol"), and the action plan.
    auto appendices = pack.documents[2].result.document->metadata.extra["appendices"];
    REQUIRE(appendices.size() == 2);
    CHECK(appendices[0] == pack.documents[3].file_name);
    CHECK(appendices[1] == pack.documents[4].file_name);
}

TEST_CASE("importing a pack whole says it is a pack and how to split it") {
    REQUIRE_SEED(source, "004_");
    auto r = run_clerk("import '" + source + "' -o /dev/null");
    CHECK(r.status == 0);
    CHECK(r.err.find("agenda pack of 7 documents") != std::string::npos);
    CHECK(r.err.find("clerk import --split") != std::string::npos);
}

// clerk pack end to end, read back with Poppler's tools and qpdf: page ranges, stamps, blank
// pages, page numbers, bookmarks, metadata, a clean file; and validation before anything is
// written.
#include "pack_fixtures.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace clerk::test;

namespace {

// Items: one without documents, one of 3 pages, one of 2 + 1 + 5 pages (an A4 PDF, a US
// Letter PDF and a landscape one).
void write_pack_fixture(const ScratchDir& dir) {
    make_pdf(dir / "minutes.pdf", 3, "Minutes");
    make_pdf(dir / "report.pdf", 2, "Report");
    make_pdf(dir / "letter.pdf", 1, "Letter", 612, 792);
    make_pdf(dir / "plan.pdf", 5, "Plan", 841.89, 595.276);
    std::ofstream(dir / "pack.yaml") << R"yaml(council: Testborough Council
committee: Standards Committee
date: 2020-11-11
time: "6.00 pm"
venue: Council Chamber
contact: { name: A Clerk, email: committees@example.gov.uk }
membership: ["Cllr A (Chair)", "Cllr B"]
items:
  - title: Apologies for Absence
  - title: Minutes of the last meeting
    documents: [minutes.pdf]
  - title: Refresh of the Protocol
    note: Report of the Chief Executive attached
    documents:
      - report.pdf
      - { file: letter.pdf, title: Letter from the Independent Persons }
      - plan.pdf
)yaml";
}

std::set<int> pages_with(const std::vector<std::string>& pages, const std::string& text) {
    std::set<int> out;
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].find(text) != std::string::npos) out.insert(static_cast<int>(i + 1));
    return out;
}

} // namespace

TEST_CASE("the pack's agenda, stamps, blank pages, page numbers and bookmarks agree") {
    ScratchDir dir("whole");
    write_pack_fixture(dir);
    RunResult run = run_clerk("pack '" + (dir / "pack.yaml") + "' -o '" + (dir / "out.pdf") + "'");
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(run.err.empty()); // progress only on a terminal
    std::vector<std::string> pages = page_texts(dir / "out.pdf");
    // Front sheet (1), blank (2), minutes 3-5, blank (6), report 7-8, letter 9, plan 10-14.
    REQUIRE(pages.size() == 14);

    SECTION("the agenda's page ranges are the pages where each item's stamp appears") {
        std::regex range_re("Pages (\\d+) - (\\d+)");
        std::vector<std::pair<int, int>> ranges;
        for (std::sregex_iterator it(pages[0].begin(), pages[0].end(), range_re), end; it != end;
             ++it)
            ranges.emplace_back(std::stoi((*it)[1]), std::stoi((*it)[2]));
        REQUIRE(ranges.size() == 2);
        CHECK(pages_with(pages, "Agenda Item 2") == std::set<int>{ranges[0].first});
        CHECK(pages_with(pages, "Agenda Item 3") == std::set<int>{ranges[1].first});
        CHECK(pages_with(pages, "Agenda Item 1").empty()); // no documents, no pages
        CHECK(ranges[0] == std::pair{3, 5});
        CHECK(ranges[1] == std::pair{7, 14});
        // Each range holds exactly its documents' pages.
        CHECK(pages_with(pages, "Minutes body") == std::set<int>{3, 4, 5});
        CHECK(pages_with(pages, "Plan body") == std::set<int>{10, 11, 12, 13, 14});
        CHECK(pages[0].find("Report of the Chief Executive attached") != std::string::npos);
    }
    SECTION("blank pages are exactly where an item would start on an even page") {
        CHECK(pages_with(pages, "This page is intentionally left blank") == std::set<int>{2, 6});
    }
    SECTION("page numbers run 1..N on every page, imported pages included, clear of content") {
        for (std::size_t i = 0; i < pages.size(); ++i) {
            std::regex number_re("(^|\\n)\\s*Page " + std::to_string(i + 1) + "\\s*(\\n|$)");
            INFO("page " << i + 1);
            CHECK(std::regex_search(pages[i], number_re));
        }
        // No stamp word overlaps a word of the page's own content.
        std::vector<Word> words = page_words(dir / "out.pdf");
        std::map<int, std::vector<Word>> stamp_words, own_words;
        for (const Word& w : words) {
            bool stamp = w.text == "Page" || w.text == "Agenda" || w.text == "Item" ||
                         (!w.text.empty() && std::isdigit(static_cast<unsigned char>(w.text[0])) &&
                          w.y_min > 780);
            (stamp ? stamp_words : own_words)[w.page].push_back(w);
        }
        for (int p = 3; p <= 14; ++p)
            for (const Word& s : stamp_words[p])
                for (const Word& o : own_words[p]) {
                    bool overlap = s.x_min < o.x_max && o.x_min < s.x_max && s.y_min < o.y_max &&
                                   o.y_min < s.y_max;
                    INFO("page " << p << ": '" << s.text << "' over '" << o.text << "'");
                    CHECK_FALSE(overlap);
                }
    }
    SECTION("bookmarks are the items, with their documents under them") {
        std::vector<BookmarkEntry> marks = read_bookmarks(dir / "out.pdf");
        REQUIRE(marks.size() == 4);
        CHECK(marks[0].title == "Agenda");
        CHECK(marks[1].title == "1. Apologies for Absence");
        CHECK(marks[2].title == "2. Minutes of the last meeting");
        CHECK(marks[2].page == 3);
        CHECK(marks[3].title == "3. Refresh of the Protocol");
        CHECK(marks[3].page == 7);
        REQUIRE(marks[3].kids.size() == 3);
        CHECK(marks[3].kids[0].title == "report");
        CHECK(marks[3].kids[1].title == "Letter from the Independent Persons");
        CHECK(marks[3].kids[1].page == 9);
        CHECK(marks[3].kids[2].page == 10);
    }
    SECTION("qpdf --check is clean; title, language and page labels are set") {
        int status = -1;
        std::string check = shell("qpdf --check '" + (dir / "out.pdf") + "' 2>&1", &status);
        CHECK(status == 0);
        CHECK(check.find("No syntax or stream encoding errors found") != std::string::npos);
        CHECK(check.find("WARNING") == std::string::npos);
        std::string info = shell("pdfinfo '" + (dir / "out.pdf") + "'");
        CHECK(std::regex_search(
            info, std::regex("Title: +Standards Committee, Wednesday, 11 November 2020")));
        CHECK(std::regex_search(info, std::regex("Author: +Testborough Council")));
        CHECK(std::regex_search(info, std::regex("Tagged: +yes")));
        CHECK(std::regex_search(info, std::regex("Pages: +14")));
        std::string root = shell("qpdf --show-object=trailer '" + (dir / "out.pdf") + "'");
        std::string catalog = shell("qpdf --json --json-key=qpdf '" + (dir / "out.pdf") + "'");
        CHECK(catalog.find("\"/Lang\": \"u:en-GB\"") != std::string::npos);
        CHECK(catalog.find("/PageLabels") != std::string::npos);
        CHECK(catalog.find("/DisplayDocTitle") != std::string::npos);
    }
}

TEST_CASE("a late change to a document's length moves every later range and blank page") {
    ScratchDir dir("late");
    write_pack_fixture(dir);
    make_pdf(dir / "minutes.pdf", 4, "Minutes"); // one page longer: no blank before item 3
    RunResult run = run_clerk("pack '" + (dir / "pack.yaml") + "' -o '" + (dir / "out.pdf") + "'");
    REQUIRE(run.status == 0);
    std::vector<std::string> pages = page_texts(dir / "out.pdf");
    REQUIRE(pages.size() == 14);
    CHECK(pages[0].find("Pages 3 - 6") != std::string::npos);
    CHECK(pages[0].find("Pages 7 - 14") != std::string::npos);
    CHECK(pages_with(pages, "This page is intentionally left blank") == std::set<int>{2});
}

TEST_CASE("a long agenda runs onto a second page and the ranges count it") {
    ScratchDir dir("long");
    make_pdf(dir / "a.pdf", 1, "Doc");
    std::ofstream manifest(dir / "pack.yaml");
    manifest << "council: C\ncommittee: Long Committee\ndate: 2021-01-05\nitems:\n";
    for (int i = 1; i <= 40; ++i)
        manifest << "  - title: Item number " << i << " with a title long enough to wrap onto a "
                 << "second line of the agenda on the front sheet\n    documents: [a.pdf]\n";
    manifest.close();
    RunResult run = run_clerk("pack '" + (dir / "pack.yaml") + "' -o '" + (dir / "out.pdf") + "'");
    INFO(run.err);
    REQUIRE(run.status == 0);
    std::vector<std::string> pages = page_texts(dir / "out.pdf");
    int front = 0;
    while (front < static_cast<int>(pages.size()) &&
           pages[static_cast<std::size_t>(front)].find("Doc body") == std::string::npos &&
           pages[static_cast<std::size_t>(front)].find("intentionally") == std::string::npos)
        ++front;
    REQUIRE(front >= 2);
    // The first item starts on the first odd page after the agenda, and says so.
    int first = front % 2 == 0 ? front + 1 : front + 2;
    std::string all_front;
    for (int i = 0; i < front; ++i)
        all_front += pages[static_cast<std::size_t>(i)];
    CHECK(all_front.find("(Page " + std::to_string(first) + ")") != std::string::npos);
    std::set<int> stamped_1, stamped_40;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (std::regex_search(pages[i], std::regex("Agenda Item 1(?![0-9])")))
            stamped_1.insert(static_cast<int>(i + 1));
        if (std::regex_search(pages[i], std::regex("Agenda Item 40")))
            stamped_40.insert(static_cast<int>(i + 1));
    }
    CHECK(stamped_1 == std::set<int>{first});
    CHECK(stamped_40.size() == 1);
}

TEST_CASE("every problem in the manifest is one message naming its line; nothing is written") {
    ScratchDir dir("bad");
    make_pdf(dir / "good.pdf", 1, "Good");
    std::ofstream(dir / "broken.pdf") << "%PDF-1.4\nthis is not really a PDF\n";
    shell("qpdf --encrypt user owner 256 -- '" + (dir / "good.pdf") + "' '" + (dir / "locked.pdf") +
          "'");
    std::ofstream(dir / "bad.md") << "caf\xe9 \x92quoted\x92\n";
    std::ofstream(dir / "pack.yaml") << R"yaml(council: C
committee: Standards Committee
date: 2020-11-11
items:
  - title: One
    documents: [missing.pdf, good.pdf]
  - title: Two
    documents: [broken.pdf]
  - title: Three
    documents: [locked.pdf]
  - title: Four
    documents: [bad.md]
)yaml";
    RunResult run = run_clerk("pack '" + (dir / "pack.yaml") + "' -o '" + (dir / "out.pdf") + "'");
    CHECK(run.status == 2);
    std::string manifest = dir / "pack.yaml";
    CHECK(run.err.find(manifest + ":6:17: error: no such file: missing.pdf") != std::string::npos);
    CHECK(run.err.find(manifest + ":8:17: error: broken.pdf: not a readable PDF") !=
          std::string::npos);
    CHECK(run.err.find(manifest + ":10:17: error: locked.pdf: the PDF is encrypted") !=
          std::string::npos);
    CHECK(run.err.find(manifest + ":12:17: error: bad.md does not load") != std::string::npos);
    CHECK(run.err.find("4 problems in") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "out.pdf"));

    std::ofstream(dir / "keys.yaml") << "council: C\ncommittee: S\ndate: 2020-11-11\nplace: x\n"
                                        "items:\n  - documents: [good.pdf]\n";
    RunResult keys = run_clerk("pack '" + (dir / "keys.yaml") + "' -o '" + (dir / "out.pdf") + "'");
    CHECK(keys.status == 2);
    CHECK(keys.err.find(":4:1: error: unknown key 'place' in the manifest") != std::string::npos);
    CHECK(keys.err.find(":6:5: error: an item without a title") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "out.pdf"));
}

TEST_CASE("the agenda web page (with --html) links each document, beside the PDF") {
    ScratchDir dir("html");
    write_pack_fixture(dir);
    RunResult run =
        run_clerk("pack '" + (dir / "pack.yaml") + "' -o '" + (dir / "out.pdf") + "' --html");
    INFO(run.err);
    REQUIRE(run.status == 0);
    std::string html = slurp(dir / "out.html");
    CHECK(html.find("<html lang=\"en-GB\">") != std::string::npos);
    CHECK(html.find("<h1>Standards Committee</h1>") != std::string::npos);
    CHECK(html.find("(Pages 3 - 5)") != std::string::npos);
    CHECK(html.find("<a href=\"out.pdf#page=9\">Letter from the Independent Persons</a>") !=
          std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
}

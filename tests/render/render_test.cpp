// The HTML page: golden output for a small fixture, and the safety cases (raw HTML,
// scripts, event handlers and javascript: links never reach the page).
// Regenerate the golden file with CLERK_UPDATE_GOLDEN=1.
#include "link/links.hpp"
#include "render/html_writer.hpp"
#include "render/render_html.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <regex>

using namespace clerk;
using namespace clerk::test;

namespace {

const render::Templates& bundled_templates() {
    static const render::Templates templates = [] {
        render::TemplatesResult r = render::load_templates({repo_path("templates")});
        REQUIRE(r.templates);
        return *r.templates;
    }();
    return templates;
}

std::string render_markdown(const std::string& text) {
    LoadResult r = load_markdown(text);
    REQUIRE(r.ok());
    return render::render_html(*r.document, link_document(*r.document), bundled_templates());
}

// The page's body: what does not depend on the stylesheets.
std::string body_of(const std::string& page) {
    std::size_t begin = page.find("<body");
    std::size_t end = page.find("</body>");
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    return page.substr(begin, end - begin) + "\n";
}

// Every href and src value in the page.
std::vector<std::string> link_targets(const std::string& page) {
    std::vector<std::string> out;
    std::regex attr(R"re((?:href|src)="([^"]*)")re", std::regex::icase);
    for (std::sregex_iterator it(page.begin(), page.end(), attr), end; it != end; ++it)
        out.push_back((*it)[1]);
    return out;
}

const char* kHostile = R"md(---
title: "Protocol <script>alert('title')</script>"
---

# 1. Scope <b onmouseover="alert(1)">bold</b>

1.1 Officers <script>alert('inline')</script> serve the Council <img src=x onerror=alert(2)>.

<div onclick="alert(3)">A raw block</div>

<script>alert('block')</script>

1.2 Links: [one](javascript:alert(4)), [two](JaVaScRiPt:alert(5)), [three](java&#x09;script:alert(6)), [four](data:text/html;base64,PHNjcmlwdD4=), [five](vbscript:msgbox), [safe](https://www.legislation.gov.uk/ukpga/2011/20).

1.3 Text with "quotes" & <ampersands> and 'apostrophes'.
)md";

} // namespace

TEST_CASE("the small fixture renders as its golden page", "[render][golden]") {
    LoadResult r = load_file(repo_path("tests/fixtures/render/small.md"));
    REQUIRE(r.ok());
    render::RenderContext context;
    context.source_name = "small.md";
    std::string page =
        render::render_html(*r.document, link_document(*r.document), bundled_templates(), context);
    std::string golden = repo_path("tests/fixtures/render/small.body.html");
    if (std::getenv("CLERK_UPDATE_GOLDEN")) {
        std::ofstream(golden, std::ios::binary) << body_of(page);
        WARN("updated " << golden);
        return;
    }
    INFO("CLERK_UPDATE_GOLDEN=1 rewrites " << golden);
    CHECK(body_of(page) == slurp(golden));
}

TEST_CASE("the page has what the committee needs to see", "[render]") {
    std::string page = render_markdown(slurp(repo_path("tests/fixtures/render/small.md")));
    CHECK(page.find("<html lang=\"en-GB\">") != std::string::npos);
    CHECK(std::regex_search(page, std::regex("<h1[^>]*>Small Protocol</h1>")));
    CHECK(page.find("class=\"skip-link\"") != std::string::npos);
    CHECK(page.find("class=\"draft-mark\"") != std::string::npos); // marked as a draft
    CHECK(page.find("id=\"clause-2.1\"") != std::string::npos);
    CHECK(page.find("<a class=\"ref\" href=\"#clause-3.1\">Section 3.1</a>") != std::string::npos);
    CHECK(page.find("Referred to in") != std::string::npos);
    CHECK(page.find("Also stated in") != std::string::npos);
    CHECK(page.find("<th scope=\"col\">Councillors</th>") != std::string::npos);
    CHECK(page.find("document-control") != std::string::npos);
    CHECK(page.find("role=\"tooltip\"") != std::string::npos); // a defined term's definition
}

TEST_CASE("an adopted document has no DRAFT mark", "[render]") {
    std::string adopted = std::regex_replace(slurp(repo_path("tests/fixtures/render/small.md")),
                                             std::regex("status: draft\n"), "status: adopted\n",
                                             std::regex_constants::format_first_only);
    std::string page = render_markdown(adopted);
    CHECK(page.find("class=\"draft-mark\"") == std::string::npos);
    CHECK(page.find("class=\"watermark\"") == std::string::npos);
}

TEST_CASE("raw HTML, scripts and event handlers never reach the page", "[render][safety]") {
    std::string page = render_markdown(kHostile);
    std::string lower = page;
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(lower.find("<script") == std::string::npos);
    CHECK(lower.find("<img src=x") == std::string::npos);
    CHECK(lower.find("<div onclick") == std::string::npos);
    CHECK(lower.find("<b onmouseover") == std::string::npos);
    // Any "on...=" handler would have to sit inside a tag.
    CHECK_FALSE(std::regex_search(lower, std::regex(R"(<[a-z][^>]*\son[a-z]+\s*=)")));
    // Text is escaped, not dropped silently where it is the document's own words.
    // (an unknown tag such as <ampersands> is raw HTML to Markdown: it is dropped)
    CHECK(page.find("&quot;quotes&quot; &amp;") != std::string::npos);
    CHECK(page.find("<ampersands>") == std::string::npos);
    CHECK(page.find("Protocol &lt;script&gt;") != std::string::npos);
}

TEST_CASE("javascript:, data: and vbscript: links are not emitted", "[render][safety]") {
    std::string page = render_markdown(kHostile);
    bool safe_link = false;
    for (const std::string& target : link_targets(page)) {
        INFO(target);
        std::string lower = target;
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(lower.find("script:") == std::string::npos);
        CHECK(lower.find("java") == std::string::npos);
        CHECK(lower.rfind("data:text", 0) == std::string::npos);
        safe_link = safe_link || target == "https://www.legislation.gov.uk/ukpga/2011/20";
    }
    CHECK(safe_link);
    // The words of a refused link stay as text.
    CHECK(page.find("one") != std::string::npos);
}

TEST_CASE("the safe-URL test refuses every spelling of a script URL", "[render][safety]") {
    for (const char* bad : {"javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:x",
                            "java\tscript:x", "java\nscript:x", "\x01javascript:x", "vbscript:x",
                            "data:text/html,x", "file:///etc/passwd"}) {
        INFO(bad);
        CHECK_FALSE(render::is_safe_url(bad));
    }
    for (const char* good :
         {"#clause-9.3.5", "https://www.legislation.gov.uk/", "mailto:a@b.gov.uk",
          "protocol-v2.0-draft.html#clause-1", "tel:+441234567890"})
        CHECK(render::is_safe_url(good));
}

TEST_CASE("a page without a meeting or a title still reads as a sentence", "[render]") {
    // No meeting: the banner does not say "a draft for ."
    std::string page = render_markdown("---\ntitle: Protocol\nstatus: draft\n---\n\n# 1. Scope\n\n"
                                       "1.1 Officers serve the Council.\n");
    CHECK(page.find("This is a draft. It is not the Council") != std::string::npos);
    CHECK(page.find("draft for .") == std::string::npos);
    // A date without a meeting.
    page = render_markdown("---\ntitle: Protocol\nstatus: draft\ndate: 2026-03-01\n---\n\n"
                           "# 1. Scope\n\n1.1 Officers serve the Council.\n");
    CHECK(page.find("This is a draft dated 1 March 2026.") != std::string::npos);
    // A meeting: as before.
    page = render_markdown("---\ntitle: Protocol\nstatus: draft\nmeeting: Cabinet\n---\n\n"
                           "# 1. Scope\n\n1.1 Officers serve the Council.\n");
    CHECK(page.find("This is a draft for Cabinet.") != std::string::npos);
}

TEST_CASE("a page without front matter takes its title from its opening heading", "[render]") {
    std::string page = render_markdown("# Protocol on Member/Officer Relations\n\n# 1. Scope\n\n"
                                       "1.1 Officers serve the Council.\n");
    CHECK(
        std::regex_search(page, std::regex("<h1[^>]*>Protocol on Member/Officer Relations</h1>")));
    page = render_markdown("# 1. Scope\n\n1.1 Officers serve the Council.\n");
    CHECK(std::regex_search(page, std::regex("<h1[^>]*>Untitled document</h1>")));
}

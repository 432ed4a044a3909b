// The web-page reader: what a browser shows is what is read; furniture is dropped.
#include "import_support.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

ImportResult import_page(const std::string& html) {
    return import_html("page.html", html);
}

} // namespace

TEST_CASE("html: ordered lists keep start, type and value, as a browser numbers them") {
    ImportResult r = import_page("<html><body><h2>3. Conduct</h2><ol start=\"4\"><li>Four.</li>"
                                 "<li value=\"7\">Seven.</li><li>Eight.</li></ol>"
                                 "<h2>4. Letters</h2><ol type=\"i\" start=\"2\"><li>two</li>"
                                 "<li>three</li></ol></body></html>");
    REQUIRE(r.ok());
    CHECK(unit_ids(*r.document) ==
          std::vector<std::string>{"3", "3.4", "3.7", "3.8", "4", "4(ii)", "4(iii)"});
}

TEST_CASE("html: a numbered list outside a numbered section keeps its numbers as text") {
    ImportResult r = import_page("<html><body><h2>How to complain</h2><p>Do this:</p><ol>"
                                 "<li>Write to the Chief Executive.</li><li>Wait for a reply.</li>"
                                 "</ol></body></html>");
    REQUIRE(r.ok());
    std::string md = write_markdown(*r.document);
    CHECK(md.find("1\\. Write to the Chief Executive.") != std::string::npos);
    CHECK(md.find("2\\. Wait for a reply.") != std::string::npos);
}

TEST_CASE("html: navigation, cookie banners and skip links are dropped; main is read") {
    ImportResult r = import_page(
        "<html><head><title>Protocol</title></head><body><a href=\"#m\">Skip to content</a>"
        "<nav><ul><li>Home</li></ul></nav><div class=\"cookie-notice\">We use cookies</div>"
        "<main id=\"m\"><h1>Member Protocol</h1><h2>1. Scope</h2><p>1.1 It applies.</p></main>"
        "<footer>Contact us</footer></body></html>");
    REQUIRE(r.ok());
    std::string md = write_markdown(*r.document);
    CHECK(md.find("cookies") == std::string::npos);
    CHECK(md.find("Home") == std::string::npos);
    CHECK(md.find("Contact us") == std::string::npos);
    CHECK(md.find("Skip") == std::string::npos);
    CHECK(r.document->metadata.title == "Member Protocol");
    CHECK(unit_ids(*r.document) == std::vector<std::string>{"1", "1.1"});
}

TEST_CASE("html: tables and bullet lists by depth") {
    ImportResult r = import_page(
        "<html><body><h2>1. Roles</h2><p>1.1 Roles differ:</p><ul><li>Members<ul><li>set policy"
        "</li></ul></li><li>Officers</li></ul><table><tr><th>Members</th><th>Officers</th></tr>"
        "<tr><td>Policy</td><td>Advice</td></tr></table></body></html>");
    REQUIRE(r.ok());
    std::string md = write_markdown(*r.document);
    CHECK(md.find("- Members\n  - set policy\n- Officers\n") != std::string::npos);
    CHECK(md.find("| Members | Officers |\n| --- | --- |\n| Policy | Advice |") !=
          std::string::npos);
}

TEST_CASE("html: a page that is all furniture is refused") {
    ImportResult r = import_page("<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
    CHECK_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics.front().message.find("no text outside its navigation") !=
          std::string::npos);
}

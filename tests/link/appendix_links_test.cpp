#include "link/links.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using clerk::test::load_markdown;

namespace {

Document doc(const std::string& text) {
    LoadResult r = load_markdown(text);
    REQUIRE(r.ok());
    return std::move(*r.document);
}

const ReferenceTarget& target(const Links& links, const std::string& number) {
    for (const Reference& ref : links.references)
        for (const ReferenceTarget& t : ref.targets)
            if (t.number == number) return t;
    FAIL("no reference to " << number);
    throw;
}

} // namespace

TEST_CASE("a report's numbers resolve in its appendices, its labels by title or place",
          "[link][appendices]") {
    Document report = doc("---\nkind: report\n---\n# 1. Report\n\n1.1 See Section 4.1, paragraph "
                          "1.1, Section 8.8, Appendix 1, Appendix B and Appendix 3.\n");
    Document protocol =
        doc("---\ntitle: Protocol\n---\n# 1. A\n\n1.1 Text.\n\n# 4. B\n\n4.1 Text.\n");
    Document plan = doc("---\ntitle: Appendix B – Action Plan\n---\n# 1. A\n\n1.1 Text.\n");
    Links links = link_references(report);
    resolve_in_appendices(links, {{&protocol, "protocol.md"}, {&plan, "plan.md"}});
    CHECK(links.appendices == std::vector<std::string>{"protocol.md", "plan.md"});
    CHECK(target(links, "4.1").elsewhere == "protocol.md");
    // The report's own 1.1 is its own.
    CHECK(target(links, "1.1").unit != kNoUnit);
    CHECK(target(links, "1.1").elsewhere.empty());
    CHECK(target(links, "8.8").elsewhere.empty());
    // "Appendix B" by the plan's title; "Appendix 1" is the first appendix without a label.
    CHECK(target(links, "B").elsewhere == "plan.md");
    CHECK(target(links, "1").elsewhere == "protocol.md");
    CHECK(target(links, "3").elsewhere.empty());
}

// Hostile and malformed XML: entity bombs and external entities are refused before any
// expansion or file access; malformed and foreign documents get a located error.
#include "support/helpers.hpp"
#include "write/markdown_writer.hpp"
#include "xml_helpers.hpp"

#include <catch2/catch.hpp>

using namespace clerk;
using namespace clerk::test;

namespace {

const char* kBomb = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="protocol">
<mainBody><section eId="sec_1"><num>1.</num><heading>&lol9;</heading></section></mainBody>
</doc></akomaNtoso>
)";

// An external entity naming a file whose contents must never appear in any output.
std::string external_entity(const std::string& secret_path) {
    return R"(<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [ <!ENTITY secret SYSTEM "file://)" +
           secret_path + R"("> ]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="protocol">
<mainBody><section eId="sec_1"><num>1.</num><heading>&secret;</heading></section></mainBody>
</doc></akomaNtoso>
)";
}

} // namespace

TEST_CASE("an entity-expansion bomb is refused at the DOCTYPE", "[xml][hostile]") {
    LoadResult r = load_akn(kBomb);
    CHECK_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics.front().code == "load/xml-doctype");
    CHECK(r.diagnostics.front().span.begin.line == 2);

    TempFile file(kBomb, ".xml");
    for (const char* command : {"outline ", "validate ", "check "}) {
        RunResult run = run_clerk(command + file.str());
        INFO(command);
        CHECK(run.status == 2);
        CHECK((run.out + run.err).find("DOCTYPE declaration is not allowed") != std::string::npos);
        CHECK(run.out.find("lollol") == std::string::npos);
    }
}

TEST_CASE("an external entity is refused and the file it names is never read", "[xml][hostile]") {
    TempFile secret("SECRET-CONTENTS-7f3a", ".txt");
    TempFile file(external_entity(secret.str()), ".xml");
    for (const char* command : {"outline ", "validate ", "export --to md "}) {
        RunResult run = run_clerk(command + file.str());
        INFO(command);
        CHECK(run.status == 2);
        CHECK((run.out + run.err).find("DOCTYPE") != std::string::npos);
        CHECK(run.out.find("SECRET-CONTENTS") == std::string::npos);
        CHECK(run.err.find("SECRET-CONTENTS") == std::string::npos);
    }
}

TEST_CASE("malformed XML is reported at its line and column", "[xml][hostile]") {
    LoadResult r = load_akn("<akomaNtoso>\n  <doc name=\"protocol\">\n    <mainBody>\n");
    CHECK_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics.front().code == "load/xml");
    CHECK(r.diagnostics.front().span.begin.line >= 1);
}

TEST_CASE("XML that is not Akoma Ntoso is refused with what to do", "[xml][hostile]") {
    LoadResult r = load_akn("<html><body><p>1.1 Not a protocol</p></body></html>\n");
    CHECK_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics.front().severity == Severity::Error);
    CHECK_FALSE(r.diagnostics.front().suggestion.empty());
}

TEST_CASE("unknown elements keep their text with a warning at their line", "[xml][reader]") {
    LoadResult r = load_akn(R"(<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <doc name="protocol">
    <mainBody>
      <section eId="sec_1"><num>1.</num><heading>Introduction</heading>
        <subsection eId="sec_1__subsec_1"><num>1.1</num>
          <content><p>Officers will <widget>serve</widget> the Council.</p></content>
        </subsection>
      </section>
    </mainBody>
  </doc>
</akomaNtoso>
)");
    REQUIRE(r.ok());
    CHECK(r.document->find("1.1") != kNoUnit);
    CHECK(write_markdown(*r.document).find("1.1 Officers will serve the Council.") !=
          std::string::npos);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics.front().severity == Severity::Warning);
    CHECK(r.diagnostics.front().message.find("widget") != std::string::npos);
    CHECK(r.diagnostics.front().span.begin.line == 7);
}

#include "support/helpers.hpp"
#include "write/front_matter_writer.hpp"

#include <catch2/catch.hpp>

using namespace clerk;

TEST_CASE("front matter with awkward keys and values reads back as it was",
          "[write][front-matter]") {
    Metadata meta;
    meta.title = "[Draft] Protocol: Relations # 2";
    meta.council = "Cyngor Sir Ynys Môn";
    meta.version = "2.0";
    meta.status = "draft";
    meta.meeting = "yes";
    meta.history.push_back({"1.0", "2014-05-22", "adopted", "Council", "note: \"quoted\""});
    meta.extra["odd: key"] = "value";
    meta.extra["list"] = nlohmann::ordered_json::array({"a, b", "{c}"});
    meta.extra["nested"] = nlohmann::ordered_json{{"every", "4y"}, {"on", "true"}};
    std::string yaml = write_front_matter(meta);
    auto loaded = test::load_markdown(yaml + "# 1. Intro\n\nText.\n");
    REQUIRE(loaded.ok());
    const Metadata& back = loaded.document->metadata;
    CHECK(back.title == meta.title);
    CHECK(back.council == meta.council);
    CHECK(back.version == "2.0");
    CHECK(back.meeting == "yes");
    REQUIRE(back.history.size() == 1);
    CHECK(back.history[0].note == "note: \"quoted\"");
    CHECK(back.extra["odd: key"] == "value");
    CHECK(back.extra["list"][1] == "{c}");
    CHECK(back.extra["nested"]["on"] == "true");
    // Values another YAML reader would retype are quoted.
    CHECK(yaml.find("version: \"2.0\"") != std::string::npos);
    CHECK(yaml.find("meeting: \"yes\"") != std::string::npos);
}

TEST_CASE("empty front matter is the two rules", "[write][front-matter]") {
    CHECK(write_front_matter(Metadata{}) == "---\n---\n");
}

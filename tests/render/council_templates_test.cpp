// A council's own templates, named in its clerk.yaml: wording, logo and stylesheet override
// the bundled ones; a misspelt wording key is an error with its file and line.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace clerk::test;
namespace fs = std::filesystem;

namespace {

struct CouncilFolder {
    fs::path dir;
    CouncilFolder() {
        dir = fs::temp_directory_path() / ("clerk-council-" + std::to_string(::getpid()));
        fs::create_directories(dir / "look");
        fs::copy_file(repo_path("tests/fixtures/render/small.md"), dir / "small.md",
                      fs::copy_options::overwrite_existing);
        write("clerk.yaml", "templates: look\n");
        write("look/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" "
                               "height=\"8\"><rect width=\"8\" height=\"8\"/></svg>");
        write("look/screen.css", ":root { --brand: #006633; }\n");
    }
    ~CouncilFolder() { fs::remove_all(dir); }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name, std::ios::binary) << text;
    }
    std::string render() const {
        RunResult r = run_clerk("render --to html " + (dir / "small.md").string() + " -o " +
                                (dir / "out").string());
        last_status = r.status;
        last_err = r.err;
        return slurp((dir / "out" / "small-v1.1-draft.html").string());
    }
    mutable int last_status = -1;
    mutable std::string last_err;
};

} // namespace

TEST_CASE("a council's templates change the wording, logo and styles", "[render][e2e]") {
    CouncilFolder council;
    council.write("look/wording.yaml", "skip_link: Go to the text\n");
    std::string page = council.render();
    CHECK(council.last_status == 0);
    CHECK(page.find(">Go to the text</a>") != std::string::npos);
    CHECK(page.find("src=\"data:image/svg+xml;base64,") != std::string::npos);
    CHECK(page.find("--brand: #006633;") != std::string::npos);
    // Wording the council did not override comes from the bundled set.
    CHECK(page.find(">Contents</h2>") != std::string::npos);
}

TEST_CASE("a misspelt wording key is refused with its file and line", "[render][e2e]") {
    CouncilFolder council;
    council.write("look/wording.yaml", "contents: Contents\nskip_lnk: Go\n");
    council.render();
    CHECK(council.last_status == 2);
    CHECK(council.last_err.find("wording.yaml:2:") != std::string::npos);
    CHECK(council.last_err.find("skip_lnk") != std::string::npos);
}

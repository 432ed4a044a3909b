// clerk validate FILE.xml [--schema XSD]: Akoma Ntoso against Clerk's subset and the checks
// a schema cannot make. Exit 0 valid, 1 findings, 2 unusable input (SPEC 5).
#include "cli/commands.hpp"
#include "io/files.hpp"
#include "xml/akn_validate.hpp"

#include <fmt/format.h>
#include <iostream>

namespace clerk::cli {

void register_validate(CLI::App& app) {
    auto* cmd = app.add_subcommand("validate",
                                   "Check Akoma Ntoso XML against Clerk's schema and eId rules");
    struct Options {
        std::string path;
        std::string schema;
    };
    auto opts = std::make_shared<Options>();
    cmd->add_option("FILE", opts->path, "Akoma Ntoso file to check")->required();
    cmd->add_option("--schema", opts->schema,
                    "Schema to validate against (default: clerk-akn.xsd)");
    cmd->callback([opts] {
        FileContents contents = read_file(opts->path);
        if (!contents.bytes) {
            print_load_diagnostics({{Severity::Error,
                                     "load/file",
                                     "cannot read file: " + contents.error,
                                     opts->path,
                                     {},
                                     "check the path and the file's permissions",
                                     {}}});
            exit_with(kExitUnusable);
        }
        std::string schema = opts->schema.empty() ? xml::find_akn_schema() : opts->schema;
        if (schema.empty()) {
            print_load_diagnostics(
                {{Severity::Error,
                  "akn/schema-missing",
                  "cannot find clerk-akn.xsd, the schema of Clerk's Akoma Ntoso subset",
                  opts->path,
                  {},
                  "set CLERK_DATA_DIR to the folder holding it, or pass --schema",
                  {}}});
            exit_with(kExitUnusable);
        }
        SourceText source(opts->path, std::move(*contents.bytes));
        xml::ValidationResult result = xml::validate_akn(source, schema);
        print_load_diagnostics(result.diagnostics);
        if (!result.usable) exit_with(kExitUnusable);
        if (!result.diagnostics.empty()) {
            std::cerr << fmt::format("{}: {} problem{} found\n", opts->path,
                                     result.diagnostics.size(),
                                     result.diagnostics.size() == 1 ? "" : "s");
            exit_with(kExitFindings);
        }
        std::cout << fmt::format("{}: valid (Clerk's Akoma Ntoso subset, {})\n", opts->path,
                                 schema);
    });
}

} // namespace clerk::cli

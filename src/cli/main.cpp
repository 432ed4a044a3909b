// clerk: checks, renders, diffs and publishes council governance documents.
#include "cli/commands.hpp"

#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"clerk: check, render, diff and publish a council's governance documents"};
    app.set_version_flag("--version", std::string("clerk ") + CLERK_VERSION);
    app.require_subcommand(1);
    for (auto add : clerk::cli::commands())
        add(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::RuntimeError& e) {
        return e.get_exit_code();
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        // Usage errors are "unusable input" (SPEC 5); --help and --version are not errors.
        return code == 0 ? 0 : clerk::cli::kExitUnusable;
    }
    return clerk::cli::kExitClean;
}

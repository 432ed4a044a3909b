// The command table: one line per command.
#include "cli/commands.hpp"

namespace clerk::cli {

const std::vector<RegisterCommand>& commands() {
    static const std::vector<RegisterCommand> table{
        register_build,  register_check, register_outline,
        register_export, register_links, register_rules, register_render,
        register_validate, register_import, register_diff, register_pack,
    };
    return table;
}

} // namespace clerk::cli

// Fuzzes `clerk diff`: the input is two Markdown documents separated by a line "=====";
// both are read, compared, and the comparison written in every format.
#include "diff/compare.hpp"
#include "diff/diff_output.hpp"
#include "diff/schedule.hpp"
#include "fuzz_support.hpp"
#include "load/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto [old_text, new_text] = clerk::fuzz::split_in_two(clerk::fuzz::text_of(data, size));
    clerk::LoadResult before = clerk::load_text("old.md", old_text);
    clerk::LoadResult after = clerk::load_text("new.md", new_text);
    clerk::fuzz::require_reason(before);
    clerk::fuzz::require_reason(after);
    if (!before.ok() || !after.ok()) return 0;
    clerk::diff::DocumentDiff result =
        clerk::diff::diff_documents(*before.document, *after.document);
    clerk::diff::Schedule schedule = clerk::diff::make_schedule(result);
    clerk::diff::DiffLabels labels{"old.md", "new.md", "old.md", "new.md"};
    (void)clerk::diff::summary_line(schedule, result);
    (void)clerk::diff::write_diff_text(result, schedule, labels, false);
    (void)clerk::diff::write_diff_markdown(result, schedule, labels);
    (void)clerk::diff::write_diff_json(result, schedule, labels);
    return 0;
}

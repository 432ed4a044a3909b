// Shared by the fuzz harnesses: the libFuzzer entry point, and the one property every
// harness checks besides "no crash": input a reader refuses comes with a diagnostic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace clerk::fuzz {

/// The fuzz input as text.
inline std::string text_of(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

/// Splits the input at the first line "=====" into two texts (the second empty if none).
inline std::pair<std::string, std::string> split_in_two(const std::string& input) {
    static constexpr std::string_view mark = "\n=====\n";
    std::size_t at = input.find(mark);
    if (at == std::string::npos) return {input, ""};
    return {input.substr(0, at + 1), input.substr(at + mark.size())};
}

/// Stops the run (a finding for the fuzzer) when a reader failed without saying why.
template <typename Result> void require_reason(const Result& result) {
    if (!result.ok() && result.diagnostics.empty()) std::abort();
}

} // namespace clerk::fuzz

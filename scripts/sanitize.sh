#!/bin/sh
# The tests built with AddressSanitizer and UBSan in build-asan/ and run; .ci/run runs it
# after the Release build. Compiled at -O1 without debug information: quicker to compile,
# and the sanitizers stop at the first report. Leaks inside fontconfig, which keeps its
# configuration and font cache for the life of the process, are suppressed
# (scripts/lsan-suppressions.txt); every other leak fails the test that made it.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
# The sanitized build leaves out the benchmark (timings under the sanitizers mean nothing);
# its run leaves out the browser test (a page in Chromium tests the HTML, not Clerk's
# memory; the render tests run the same code).
cmake -S . -B build-asan -DCLERK_SANITIZE=ON -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_C_FLAGS="-O1" -DCMAKE_CXX_FLAGS="-O1" ${CLERK_SANITIZE_CMAKE_ARGS:-}
cmake --build build-asan -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0" \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -E '^browser: '

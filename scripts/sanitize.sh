#!/bin/sh
# The tests built with AddressSanitizer and UBSan in build-asan/ (at -O1: quicker to compile,
# and the sanitizers stop at the first report); run after the Release build of .ci/run.
set -eu
cd "$(dirname "$0")/.."
# The sanitized build leaves out the benchmark and the browser test (a page in Chromium
# tests the HTML, not Clerk's memory; the render tests run the same code).
cmake -S . -B build-asan -DCLERK_SANITIZE=ON -DCMAKE_BUILD_TYPE=None -DCMAKE_C_FLAGS="-O1" -DCMAKE_CXX_FLAGS="-O1"
cmake --build build-asan -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -E '^browser: '

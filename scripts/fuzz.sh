#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS] [HARNESS...]: fuzzes Clerk's readers with libFuzzer.
#
# Builds the harnesses of tests/fuzz with clang, AddressSanitizer and UBSan in build-fuzz/
# (Debian's clang package is needed), seeds each from the fixtures and the bundled
# documents, and runs each harness for SECONDS (default 60) in turn: markdown akn
# text_import docx docx_parts check diff, or those named. Inputs up to 128 KB, so that deep
# nesting and long lines are reached. The corpus grows in build-fuzz/corpus/<harness>
# between runs; an input that makes a harness fail is written to build-fuzz/crashes/<harness>/
# and the script exits 1. Copy it into tests/fuzz/regressions/<harness>/ (CTest replays that
# folder on every build) and fix the fault.
#
# FUZZ_JOBS=N runs N harnesses at once (default 1). Runs at the lowest CPU priority.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
harnesses=${*:-markdown akn text_import docx docx_parts check diff}
jobs=${FUZZ_JOBS:-1}
out=build-fuzz

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: clang++ is not installed (apt-get install clang)" >&2
  exit 77
fi

targets=""
for h in $harnesses; do targets="$targets fuzz_$h"; done
cmake -S . -B "$out" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g" -DCLERK_SANITIZE=ON -DCLERK_FUZZ=ON >/dev/null
# shellcheck disable=SC2086
nice -n 19 cmake --build "$out" -j"$(nproc)" --target $targets

# The Akoma Ntoso seeds are made by the README's build of clerk (build/clerk).
if [ ! -x build/clerk ]; then
  cmake -S . -B build >/dev/null && nice -n 19 cmake --build build -j"$(nproc)" --target clerk
fi

# Seeds: the bundled documents, the fixtures and the examples, in every form each harness
# reads. Regenerated on each run; cheap.
seeds="$out/seeds"
rm -rf "$seeds"
for h in $harnesses; do mkdir -p "$seeds/$h" "$out/corpus/$h" "$out/crashes/$h"; done
markdown_files=$(find protocol-text examples tests/fixtures -name '*.md' ! -name README.md | sort)
n=0
for f in $markdown_files; do
  n=$((n + 1))
  for h in markdown check text_import; do
    [ -d "$seeds/$h" ] && cp "$f" "$seeds/$h/$n.md"
  done
  if [ -d "$seeds/akn" ]; then
    build/clerk export --to akn "$f" -o "$seeds/akn/$n.xml" >/dev/null 2>&1 || true
  fi
  if [ -d "$seeds/diff" ]; then
    { cat examples/southend-protocol-2016-reconstructed.md; printf '\n=====\n'; cat "$f"; } \
      >"$seeds/diff/$n.md"
  fi
done
[ -d "$seeds/akn" ] && cp tests/fixtures/xml/*.xml "$seeds/akn/"
[ -d "$seeds/text_import" ] && cp tests/fixtures/import/*.txt tests/fixtures/southend/*.txt "$seeds/text_import/"
[ -d "$seeds/docx" ] && cp tests/fixtures/import/*.docx "$seeds/docx/"
if [ -d "$seeds/docx_parts" ]; then
  for d in tests/fixtures/import/*.docx; do
    if command -v unzip >/dev/null 2>&1; then
      { unzip -p "$d" word/document.xml; printf '\n=====\n'; unzip -p "$d" word/numbering.xml
        printf '\n=====\n'; unzip -p "$d" word/styles.xml; printf '\n=====\n'
        unzip -p "$d" word/footnotes.xml; } >"$seeds/docx_parts/$(basename "$d").parts" || true
    fi
  done
fi
# The regression corpus seeds too: what once failed is a good place to start from.
for h in $harnesses; do
  [ -d "tests/fuzz/regressions/$h" ] && cp tests/fuzz/regressions/"$h"/* "$seeds/$h/" 2>/dev/null || true
done

status=0
run_one() {
  h=$1
  log="$out/fuzz-$h.log"
  echo "fuzz: $h for ${seconds}s (log: $log)"
  if nice -n 19 "$out/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -max_len=131072 -timeout=20 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/crashes/$h/" \
      "$out/corpus/$h" "$seeds/$h" >"$log" 2>&1; then
    echo "fuzz: $h: $(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}') runs," \
         "$(grep -Eo 'cov: [0-9]+' "$log" | tail -1) edges, no fault"
  else
    echo "fuzz: $h FAILED; the input is in $out/crashes/$h/ and the report in $log" >&2
    grep -m3 -E 'ERROR|runtime error|deadly|timeout|out-of-memory' "$log" >&2 || true
    return 1
  fi
}

running=0
for h in $harnesses; do
  if [ "$jobs" -le 1 ]; then
    run_one "$h" || status=1
  else
    run_one "$h" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
      wait -n 2>/dev/null || status=1
      running=$((running - 1))
    fi
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n 2>/dev/null || status=1
  running=$((running - 1))
done
exit "$status"

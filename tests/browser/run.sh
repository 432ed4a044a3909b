#!/bin/sh
# The browser test as CTest runs it: renders the bundled protocol and action plan with the
# built clerk, then opens them in headless Chromium (page_test.mjs). Exit 77 (skipped) when
# Node.js or Chromium is not installed (scripts/install-deps.sh installs both).
# usage: run.sh CLERK_BINARY SOURCE_DIR OUT_DIR
set -eu
clerk="$1"
src="$2"
out="$3"
if ! command -v node >/dev/null 2>&1 || [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "skipped: the browser test needs node and chromium (scripts/install-deps.sh installs them)"
  exit 77
fi
cd "$src"
if [ ! -d tests/browser/node_modules ]; then
  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
fi
rm -rf "$out"
mkdir -p "$out"
protocol=$("$clerk" render --to html protocol-text/southend/protocol.md -o "$out" | sed -n 's/^wrote //p')
plan=$("$clerk" render --to html protocol-text/southend/action-plan.md -o "$out" | sed -n 's/^wrote //p')
exec node tests/browser/page_test.mjs "$protocol" "$plan"

#!/bin/sh
# Validates the exports of the bundled documents against the official Akoma Ntoso 3.0
# schema with xmllint. The schema is not part of this repository: it is looked for in
# $CLERK_AKN_SCHEMA_DIR, else ../shared/akn beside the repository. Exit 77 (skipped)
# when it or xmllint is absent.
# usage: official_schema.sh CLERK_BINARY SOURCE_DIR
set -eu
clerk="$1"
src="$2"
dir="${CLERK_AKN_SCHEMA_DIR:-$src/../shared/akn}"
if [ ! -f "$dir/akomantoso30.xsd" ]; then
  echo "skipped: the official schema is not at $dir/akomantoso30.xsd (set CLERK_AKN_SCHEMA_DIR)"
  exit 77
fi
if ! command -v xmllint >/dev/null 2>&1; then
  echo "skipped: xmllint is not installed (Debian package libxml2-utils)"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$src"
for doc in protocol action-plan; do
  "$clerk" export --to akn "protocol-text/southend/$doc.md" -o "$out/$doc.xml"
  xmllint --noout --nonet --schema "$dir/akomantoso30.xsd" "$out/$doc.xml"
done

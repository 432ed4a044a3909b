#!/bin/sh
# Installs, with apt, the Debian 12 packages Clerk needs to build and test; does nothing
# when they are all present. Run as root (or with sudo available).
set -eu
cd "$(dirname "$0")/.."

packages="build-essential cmake pkg-config git ccache
  libcmark-gfm-dev libcmark-gfm-extensions-dev libpugixml-dev libxml2-dev libxml2-utils
  libyaml-cpp-dev libcli11-dev nlohmann-json3-dev libfmt-dev libzip-dev libkainjow-mustache-dev catch2
  libcairo2-dev libpango1.0-dev libqpdf-dev zlib1g-dev fonts-liberation2 poppler-utils qpdf
  libre2-dev libutf8proc-dev libpoppler-cpp-dev"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

# The browser test needs Chromium, Node.js and npm. A machine may already have Node.js from
# elsewhere (with its own npm), so these are looked for as commands, not as packages.
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -n "$missing" ]; then
  echo "install-deps: installing$missing"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

# The browser test's npm packages, pinned by tests/browser/package-lock.json.
if [ ! -d tests/browser/node_modules ]; then
  echo "install-deps: npm ci in tests/browser"
  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
fi

#!/usr/bin/env bash
# Finds Debian's Chromium for the browser tests, installing it when we can
# (root + apt). Playwright's own browser download cannot work on this network.
# The tests prefer chromium-headless-shell (the same build without the browser's
# UI, lighter on CPU); the full chromium package serves when only it is there.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  echo "Using Chromium at $CHROMIUM_PATH"
  exit 0
fi
if [ -x /usr/bin/chromium-headless-shell ]; then
  echo "Using Chromium at /usr/bin/chromium-headless-shell"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium-headless-shell (apt-get install -y chromium-headless-shell)..."
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q -o DPkg::Lock::Timeout=600 chromium-headless-shell >/dev/null 2>&1; then
    apt-get update -q -o DPkg::Lock::Timeout=600 >/dev/null || true
    apt-get install -y -q -o DPkg::Lock::Timeout=600 chromium-headless-shell >/dev/null || true
  fi
  if [ -x /usr/bin/chromium-headless-shell ]; then
    echo "Installed $(/usr/bin/chromium-headless-shell --version 2>/dev/null || echo chromium-headless-shell)"
    exit 0
  fi
fi

for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then
    echo "Using Chromium at $candidate"
    exit 0
  fi
done

cat >&2 <<'MSG'
The browser tests need Debian's Chromium and it is not installed.
Install it with:   sudo apt-get update && sudo apt-get install -y chromium-headless-shell
(or chromium), or point CHROMIUM_PATH at a Chromium binary. (Do not use
'npx playwright install': its download cannot work here.)
MSG
exit 1

#!/usr/bin/env bash
# Finds Debian's Chromium for the browser tests, installing it when we can
# (root + apt). Playwright's own browser download cannot work on this network.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  echo "Using Chromium at $CHROMIUM_PATH"
  exit 0
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then
    echo "Using Chromium at $candidate"
    exit 0
  fi
done

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q -o DPkg::Lock::Timeout=600 >/dev/null
  apt-get install -y -q -o DPkg::Lock::Timeout=600 chromium >/dev/null
  if [ -x /usr/bin/chromium ]; then
    echo "Installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
    exit 0
  fi
fi

cat >&2 <<'MSG'
The browser tests need Debian's Chromium and it is not installed.
Install it with:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium binary. (Do not use 'npx playwright install':
its download cannot work here.)
MSG
exit 1

#!/usr/bin/env bash
# Every test: unit (vitest), contract (against the sandbox cloud), then the
# browser tests (Playwright in Debian's Chromium) against the production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh

echo "== unit tests"
npx vitest run

echo "== contract tests against the sandbox cloud"
npx vitest run --config tests/contract/vitest.config.mts

echo "== production build"
npx next build

echo "== browser tests (two runs at once, each with its own sandbox clouds)"
bash scripts/e2e-parallel.sh "$@"

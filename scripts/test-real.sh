#!/usr/bin/env bash
# The same tests against real OpenStack: bring up the devcloud (scripts/devcloud.sh),
# then the contract tests, the equivalent commands run for real (with the real
# clients, against the devcloud and against a sandbox), and the browser tests. If
# the devcloud cannot come up this fails, printing that service's log.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DEVCLOUD_AUTH_URL="${DEVCLOUD_AUTH_URL:-http://127.0.0.1:5000/v3}"
started=$(date +%s)
step() { echo; echo "== $* ($(($(date +%s) - started)) s)"; }

bash scripts/ensure-chromium.sh

step "devcloud: real OpenStack on loopback"
bash scripts/devcloud.sh start
bash scripts/devcloud.sh status

step "contract tests against the devcloud"
OS_AUTH_URL="$DEVCLOUD_AUTH_URL" npx vitest run --config tests/contract/vitest.config.mts

# The same files against a sandbox (it starts its own, on free ports) at the same time:
# both runs wait mostly on their cloud and on the clients' start-up, not on one another.
step "equivalent commands, run with the real clients, on the devcloud and on a sandbox at once"
(REAL_TARGET=sandbox npx vitest run --config tests/real/vitest.config.mts 2>&1 |
  sed -u 's/^/[sandbox] /') &
sandbox_real=$!
devcloud_real=0
npx vitest run --config tests/real/vitest.config.mts || devcloud_real=$?
sandbox_real_ok=0
wait "$sandbox_real" || sandbox_real_ok=$?
[ "$devcloud_real" -eq 0 ] || exit "$devcloud_real"
[ "$sandbox_real_ok" -eq 0 ] || exit "$sandbox_real_ok"

if node scripts/lib/needs-build.mjs; then
  step "production build"
  npx next build
fi

step "browser tests against the devcloud"
E2E_TARGET=devcloud bash scripts/e2e-parallel.sh "$@"

step "done"

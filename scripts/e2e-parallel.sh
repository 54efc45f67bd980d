#!/usr/bin/env bash
# The browser tests in E2E_SHARDS runs at once (default 3 on the sandbox, 2 on the
# devcloud, whose one cloud every run shares), each a Playwright shard with
# its own dashboard server and, on the sandbox, its own sandbox clouds on its own ports,
# so a spec that breaks a service or fills a quota never meets another run's spec. They
# share the one production build. Tests tagged @exclusive change what every spec
# sees on a shared cloud (a quota, the usage totals): they run afterwards, alone.
# Each run's lines are prefixed with its number; the exit code is non-zero when any
# run fails. The specs are split by the seconds they took in a past run
# (scripts/lib/e2e-shards.ts, record in scripts/e2e/spec-seconds.json, refreshed with
# `npx tsx scripts/lib/e2e-shards.ts --record <a CI log>`); given other arguments than
# options (spec files, a --grep pattern), by Playwright's --shard.
#   bash scripts/e2e-parallel.sh [playwright args…]      (E2E_TARGET=devcloud for the devcloud)
set -uo pipefail
cd "$(dirname "$0")/.."

base_port=${E2E_PORT:-$([ "${E2E_TARGET:-sandbox}" = devcloud ] && echo 3110 || echo 3100)}
base_sandbox=${E2E_SANDBOX_PORT:-8900}
mkdir -p test-results

target=${E2E_TARGET:-sandbox}
# The tests wait on the clouds as much as on the CPU: three runs at once took the sandbox's
# browser tests from 18.2 to 16.3 min on 2 cores. The devcloud stays at two: its one cloud
# (quotas, one Nova) is shared by every run.
shards=${E2E_SHARDS:-$([ "$target" = devcloud ] && echo 2 || echo 3)}
named_specs=0
for arg in "$@"; do [[ $arg != -* ]] && named_specs=1; done

pids=()
for ((i = 1; i <= shards; i++)); do
  if ((named_specs)); then
    selection=(--shard="$i/$shards")
  else
    specs=$(npx tsx scripts/lib/e2e-shards.ts "$target" "$i" "$shards") || {
      echo "could not split the specs into shards" >&2
      exit 1
    }
    [ -n "$specs" ] || continue
    mapfile -t selection <<<"$specs"
  fi
  # A sandbox takes its port and the next 20; the short-token one sits 40 above.
  offset=$(((i - 1) * 100))
  (
    E2E_SHARD=$i \
      E2E_PORT=$((base_port + (i - 1) * 2)) \
      E2E_SANDBOX_PORT=$((base_sandbox + offset)) \
      E2E_SHORT_SANDBOX_PORT=$((base_sandbox + offset + 40)) \
      npx playwright test "${selection[@]}" --grep-invert @exclusive --pass-with-no-tests "$@" 2>&1 \
        | sed -u "s/^/[$i\/$shards] /"
  ) &
  pids+=($!)
done

failed=0
for pid in "${pids[@]}"; do
  wait "$pid" || failed=1
done

echo "== the @exclusive tests, alone"
E2E_SHARD=x npx playwright test --grep @exclusive --pass-with-no-tests "$@" || failed=1
exit $failed

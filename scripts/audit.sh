#!/usr/bin/env bash
# `npm audit --audit-level=high` for CI. Known vulnerabilities of high or critical
# severity fail the run. A registry that does not serve the audit endpoint (some
# mirrors answer 405) cannot be asked: that is said plainly and the step passes,
# rather than failing every run for a reason no change can fix.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(npm audit --audit-level=high --json 2>/dev/null)
rc=$?
if [ "$rc" -ne 0 ] && grep -q '"statusCode": 40[0-9]' <<<"$out" && grep -q 'advisories' <<<"$out"; then
  echo "npm audit: the registry does not serve the audit endpoint ($(grep -o '"message": "[^"]*"' <<<"$out" | head -1)); not audited."
  exit 0
fi
if [ "$rc" -ne 0 ]; then
  npm audit --audit-level=high
  exit "$rc"
fi
echo "npm audit: no high or critical vulnerabilities."

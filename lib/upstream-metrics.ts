// Counts calls to OpenStack per service (the proxy's, and the server's own to
// Keystone and version documents), so benchmarks can report what a page load
// costs. Process-local and cheap; readable only when DASHBOARD_METRICS=1.
const counters = new Map<string, { calls: number; totalMs: number }>();

export function recordUpstreamCall(service: string, ms: number): void {
  const entry = counters.get(service) ?? { calls: 0, totalMs: 0 };
  entry.calls += 1;
  entry.totalMs += ms;
  counters.set(service, entry);
}

export function upstreamCallCounts(): Record<string, { calls: number; totalMs: number }> {
  return Object.fromEntries(counters);
}

export function resetUpstreamCallCounts(): void {
  counters.clear();
}

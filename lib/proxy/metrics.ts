// Counts upstream calls per service, so benchmarks can report how many calls a
// page load costs. Process-local and cheap; exposed only when DASHBOARD_METRICS=1.
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

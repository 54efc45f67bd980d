// Counts calls to OpenStack per service (the proxy's, and the server's own to
// Keystone and version documents), so benchmarks can report what a page load
// costs. Process-local and cheap; readable only when DASHBOARD_METRICS=1.
// On globalThis: route handlers and server components are bundled apart, each
// with its own copy of this module, yet one count is wanted for the process.
const KEY = Symbol.for('dashboard.upstream-call-counters');
const shared = globalThis as { [KEY]?: Map<string, { calls: number; totalMs: number }> };
const counters = (shared[KEY] ??= new Map());

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

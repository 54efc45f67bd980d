// One autocannon run, bounded in time and in count, with each connection given
// its own list of requests (its own user) and every answer's latency recorded
// by kind, so pages and proxy calls get their own percentiles.
import autocannon from 'autocannon';

export interface Step {
  kind: string;
  path: string;
  headers: Record<string, string>;
}

export interface KindFigures {
  kind: string;
  requests: number;
  /** Answers that were not 2xx. */
  non2xx: number;
  p50: number;
  p99: number;
  max: number;
}

export interface CannonResult {
  seconds: number;
  requests: number;
  perSecond: number;
  /** Socket errors and timeouts (autocannon's `errors`, `timeouts` included). */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  all: KindFigures;
  kinds: KindFigures[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

function figures(kind: string, latencies: number[], non2xx: number): KindFigures {
  const sorted = Float64Array.from(latencies).sort();
  const values = Array.from(sorted);
  return {
    kind,
    requests: values.length,
    non2xx,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: values[values.length - 1] ?? NaN,
  };
}

export interface CannonOptions {
  /** Each connection takes the next target in turn (a client-side round robin). */
  targets: string[];
  connections: number;
  seconds: number;
  /** Stop after this many answers in all, even before `seconds`. */
  maxRequests: number;
  /** The requests connection `index` repeats, in order. */
  stepsFor(index: number): Step[];
}

/** Runs to the end of `seconds` or `maxRequests`, whichever comes first, and never much longer. */
export async function runCannon(options: CannonOptions): Promise<CannonResult> {
  const latencies = new Map<string, number[]>();
  const failures = new Map<string, number>();
  const statusCodes: Record<string, number> = {};
  let nextClient = 0;
  const started = performance.now();
  let instance: autocannon.Instance | undefined;
  let guard: ReturnType<typeof setTimeout> | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        // autocannon takes a list of URLs (its README); the type says one string.
        url: options.targets as unknown as string,
        connections: options.connections,
        duration: options.seconds,
        maxOverallRequests: options.maxRequests,
        timeout: 10,
        setupClient(client) {
          const steps = options.stepsFor(nextClient++);
          client.setRequests(
            steps.map((step) => ({ method: 'GET', path: step.path, headers: step.headers })),
          );
          let answered = 0;
          // One request in flight per connection, asked in order: the n-th answer is step n.
          client.on('response', (status: number, _bytes: number, ms: number) => {
            const step = steps[answered++ % steps.length]!;
            const list = latencies.get(step.kind) ?? [];
            list.push(ms);
            latencies.set(step.kind, list);
            statusCodes[status] = (statusCodes[status] ?? 0) + 1;
            if (status < 200 || status > 299)
              failures.set(step.kind, (failures.get(step.kind) ?? 0) + 1);
          });
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // autocannon stops itself; this is the belt to its braces.
    guard = setTimeout(() => instance?.stop(), (options.seconds + 30) * 1000);
  }).finally(() => clearTimeout(guard));
  const seconds = (performance.now() - started) / 1000;
  const kinds = [...latencies].map(([kind, list]) => figures(kind, list, failures.get(kind) ?? 0));
  const all = figures(
    'all',
    [...latencies.values()].flat(),
    [...failures.values()].reduce((a, b) => a + b, 0),
  );
  return {
    seconds,
    requests: all.requests,
    perSecond: all.requests / seconds,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: all.non2xx,
    statusCodes,
    all,
    kinds,
  };
}

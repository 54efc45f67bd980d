// The test-only fault switch: what each service is made to do wrong, by service
// type (identity, compute, image, network, …) and in every region. Off unless the
// sandbox is started with faults enabled (SANDBOX_FAULTS=1).

export const DEFAULT_SLOW_MS = 5000;
export const MAX_SLOW_MS = 120_000;

export type Fault =
  /** The connection is dropped before any answer (a reset, as from a dead service). */
  | { kind: 'down' }
  /** Every answer waits `ms` before it is worked out. */
  | { kind: 'slow'; ms: number }
  /** Every request answers this status with the service's own error body. */
  | { kind: 'error'; status: 500 | 503; message?: string }
  /** Keystone only: issuing a token answers 401 or 503; everything else works. */
  | { kind: 'refuse'; status: 401 | 503 };

export class FaultInputError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fault as a test sends it: {"kind": "slow", "ms": 5000}, {"kind": "error", "status": 503}… */
export function parseFault(service: string, input: unknown): Fault {
  if (!isRecord(input)) throw new FaultInputError('The body must be a JSON object with "kind".');
  const { kind } = input;
  if (kind === 'down') return { kind };
  if (kind === 'slow') {
    const ms = input.ms ?? DEFAULT_SLOW_MS;
    if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > MAX_SLOW_MS) {
      throw new FaultInputError(`"ms" must be a whole number from 0 to ${MAX_SLOW_MS}.`);
    }
    return { kind, ms };
  }
  if (kind === 'error') {
    const status = input.status ?? 500;
    if (status !== 500 && status !== 503) throw new FaultInputError('"status" must be 500 or 503.');
    const { message } = input;
    if (message !== undefined && (typeof message !== 'string' || message.trim() === '')) {
      throw new FaultInputError('"message" must be a non-empty string.');
    }
    return message === undefined ? { kind, status } : { kind, status, message };
  }
  if (kind === 'refuse') {
    if (service !== 'identity') throw new FaultInputError('Only identity can refuse tokens.');
    const status = input.status ?? 401;
    if (status !== 401 && status !== 503) throw new FaultInputError('"status" must be 401 or 503.');
    return { kind, status };
  }
  throw new FaultInputError('"kind" must be one of down, slow, error, refuse.');
}

export class FaultSwitch {
  private readonly faults = new Map<string, Fault>();
  /** Requests each service has received, faulty or not: tests read which services a page uses. */
  private readonly received = new Map<string, number>();

  /** `services`: the service types that exist (identity first), in catalog order. */
  constructor(readonly services: readonly string[]) {}

  has(service: string): boolean {
    return this.services.includes(service);
  }

  get(service: string): Fault | undefined {
    return this.faults.get(service);
  }

  set(service: string, fault: Fault): void {
    if (!this.has(service)) throw new FaultInputError(`No service "${service}" in this sandbox.`);
    this.faults.set(service, fault);
  }

  clear(service?: string): void {
    if (service === undefined) this.faults.clear();
    else this.faults.delete(service);
  }

  /** A request reached `service` (counted before its fault, if any, applies). */
  count(service: string): void {
    this.received.set(service, (this.received.get(service) ?? 0) + 1);
  }

  /** The requests each service has received since the sandbox started. */
  requests(): Record<string, number> {
    return Object.fromEntries(this.services.map((s) => [s, this.received.get(s) ?? 0]));
  }

  /** Every service with its fault, or null when it works. */
  snapshot(): Record<string, Fault | null> {
    return Object.fromEntries(this.services.map((s) => [s, this.faults.get(s) ?? null]));
  }
}

// How long the proxy waits for a service's response headers before answering 504
// (DASHBOARD_UPSTREAM_TIMEOUT_MS, default 30 s). Only the wait for headers is
// timed: a long download or upload that is moving is never cut off.

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

export function upstreamTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.DASHBOARD_UPSTREAM_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_UPSTREAM_TIMEOUT_MS;
}

export class UpstreamTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`No answer within ${ms} ms.`);
    this.name = 'UpstreamTimeoutError';
  }
}

/** A signal that aborts `ms` after start(), unless clear() comes first. */
export function headerTimer(ms: number) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settled = false;
  return {
    signal: controller.signal,
    start() {
      if (settled || timer !== undefined) return;
      timer = setTimeout(() => controller.abort(new UpstreamTimeoutError(ms)), ms);
    },
    /** The headers are in (or the call failed): never abort from now on. */
    clear() {
      settled = true;
      clearTimeout(timer);
    },
    get timedOut(): boolean {
      return controller.signal.reason instanceof UpstreamTimeoutError;
    },
  };
}

/**
 * The request body as fetch will send it, starting the timer once the last byte
 * has gone: an upload's own duration never counts against the header wait.
 */
export function startTimerAfterBody(
  body: ReadableStream<Uint8Array>,
  timer: { start(): void },
): ReadableStream<Uint8Array> {
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      flush() {
        timer.start();
      },
    }),
  );
}

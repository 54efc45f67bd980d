// Re-poll schedule for rows in a transitional state: quick at first (most
// transitions finish within seconds), then slower, capped.
export const POLL_FIRST_MS = 2_000;
export const POLL_MAX_MS = 15_000;

export function backoffDelay(attempt: number): number {
  return Math.min(POLL_MAX_MS, Math.round(POLL_FIRST_MS * 1.5 ** Math.max(0, attempt)));
}

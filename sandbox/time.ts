// Timestamps as each service serialises them.

/** Keystone: ISO 8601 with microseconds and a Z, e.g. 2026-11-26T10:00:00.000000Z. */
export function keystoneTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/**
 * Nova: naive ISO 8601 with microseconds and no zone. Nova's API database is
 * MySQL/MariaDB whose DATETIME columns drop sub-seconds, hence always .000000.
 */
export function novaTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000000');
}

/** Magnum's timestamps: ISO 8601 to the second with +00:00. */
export function magnumTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

export const magnumTimeOrNull = (ms: number | null): string | null =>
  ms === null ? null : magnumTime(ms);

// A moment as the tables print it, in UTC: "2026-12-06 19:16:47". Takes what the
// services send (ISO 8601, or an HTTP date from Swift's headers); what cannot be
// read is shown as sent, and nothing as "-".

/** ISO 8601 without a zone, as Swift's listings and Nova send it: UTC, not the browser's zone. */
const ZONELESS = /^\d{4}-\d\d-\d\dT[\d:.]+$/;

export function formatTimestamp(value: string | undefined): string {
  if (!value) return '-';
  const time = Date.parse(ZONELESS.test(value) ? `${value}Z` : value);
  if (Number.isNaN(time)) return value;
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}

// A moment as the tables print it, in UTC: "2026-12-06 19:16:47". Takes what the
// services send (ISO 8601, or an HTTP date from Swift's headers); what cannot be
// read is shown as sent, and nothing as "-". `prefs` (the user's settings, see
// lib/format/date-prefs.ts) choose another time zone and format; a page shows them
// through components/ui/timestamp.tsx, which renders the same on server and browser.
import type { DatePrefs } from './date-prefs';

/** ISO 8601 without a zone, as Swift's listings and Nova send it: UTC, not the browser's zone. */
const ZONELESS = /^\d{4}-\d\d-\d\dT[\d:.]+$/;

function pad(n: string | undefined): string {
  return (n ?? '').padStart(2, '0');
}

function inZone(time: number, prefs: DatePrefs): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: prefs.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(time))
      .map((p) => [p.type, p.value]),
  );
  const { year, month, day } = parts;
  const clock = `${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
  if (prefs.format === 'dmy') return `${pad(day)}.${pad(month)}.${year} ${clock}`;
  if (prefs.format === 'mdy') return `${pad(month)}/${pad(day)}/${year} ${clock}`;
  return `${year}-${pad(month)}-${pad(day)} ${clock}`;
}

export function formatTimestamp(value: string | undefined, prefs?: DatePrefs): string {
  if (!value) return '-';
  const time = Date.parse(ZONELESS.test(value) ? `${value}Z` : value);
  if (Number.isNaN(time)) return value;
  if (prefs && (prefs.timeZone !== 'UTC' || prefs.format !== 'iso')) {
    try {
      return inZone(time, prefs);
    } catch {
      // An unknown zone in an old cookie: UTC.
    }
  }
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}

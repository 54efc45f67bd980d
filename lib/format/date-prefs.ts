// The User Settings time zone and date format, kept per browser in one cookie
// ("date-prefs": <IANA zone>|<format>). Default: UTC, ISO order.
export const DATE_PREFS_COOKIE = 'date-prefs';

export type DateFormat = 'iso' | 'dmy' | 'mdy';

export interface DatePrefs {
  timeZone: string;
  format: DateFormat;
}

export const DEFAULT_DATE_PREFS: DatePrefs = { timeZone: 'UTC', format: 'iso' };

export const DATE_FORMATS: { value: DateFormat; label: string }[] = [
  { value: 'iso', label: 'YYYY-MM-DD HH:MM:SS' },
  { value: 'dmy', label: 'DD.MM.YYYY HH:MM:SS' },
  { value: 'mdy', label: 'MM/DD/YYYY HH:MM:SS' },
];

export function parseDatePrefs(value: string | undefined | null): DatePrefs {
  if (!value) return DEFAULT_DATE_PREFS;
  const [zone, format] = decodeURIComponent(value).split('|');
  const known = DATE_FORMATS.some((f) => f.value === format);
  return {
    timeZone: zone && /^[A-Za-z0-9_+\-/]+$/.test(zone) ? zone : 'UTC',
    format: known ? (format as DateFormat) : 'iso',
  };
}

export function serializeDatePrefs(prefs: DatePrefs): string {
  return encodeURIComponent(`${prefs.timeZone}|${prefs.format}`);
}

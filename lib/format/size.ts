// Sizes and durations as Horizon prints them: "512 MB", "2 GB", "1 hour, 5 minutes".

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

/** Megabytes: "512 MB", "2 GB", "1.5 TB". */
export function formatMegabytes(mb: number): string {
  if (Math.abs(mb) >= 1024 * 1024) return `${trim(mb / (1024 * 1024))} TB`;
  if (Math.abs(mb) >= 1024) return `${trim(mb / 1024)} GB`;
  return `${trim(mb)} MB`;
}

/** Gigabytes: "20 GB", "1.5 TB". */
export function formatGigabytes(gb: number): string {
  return Math.abs(gb) >= 1024 ? `${trim(gb / 1024)} TB` : `${trim(gb)} GB`;
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

const UNITS: [string, number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/** Seconds as Django's timesince: the two largest units, "1 hour, 5 minutes". */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.floor(seconds));
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0 || parts.length > 0) {
      if (count > 0) parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
      rest -= count * size;
      if (parts.length === 2 || (parts.length === 1 && count === 0)) break;
    }
  }
  return parts.length ? parts.join(', ') : '0 minutes';
}

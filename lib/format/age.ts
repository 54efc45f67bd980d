// A resource's age in Horizon's words.
/** "3 minutes", "2 hours, 5 minutes", "4 days": how long ago a resource was made. */
export function formatAge(created: string, now: number = Date.now()): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(created)) / 1000));
  if (Number.isNaN(seconds)) return '-';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0)
    return hours > 0 ? `${plural(days, 'day')}, ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0)
    return minutes > 0
      ? `${plural(hours, 'hour')}, ${plural(minutes, 'minute')}`
      : plural(hours, 'hour');
  if (minutes > 0) return plural(minutes, 'minute');
  return plural(seconds, 'second');
}

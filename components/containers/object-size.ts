// Object and container sizes as Horizon prints them (Django's filesizeformat):
// "0 bytes", "1 byte", "512 bytes", "1.5 KB", "2.0 GB".

const UNITS = ['KB', 'MB', 'GB', 'TB', 'PB'];

export function formatObjectSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}

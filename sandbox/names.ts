// Names are compared the way the real clouds' MariaDB databases do (utf8_general_ci):
// case-insensitively, with upper-case folding deciding the sort order.

export function nameKey(name: string): string {
  return name.toUpperCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function compareNames(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

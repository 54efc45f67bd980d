// JSON as Python's json.dumps writes it (", " and ": "), which Swift's listings and
// bulk answers use; clients parse it the same, people comparing bodies see the same.

export function pyJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${pyJson(v)}`);
    return `{${entries.join(', ')}}`;
  }
  return JSON.stringify(value);
}

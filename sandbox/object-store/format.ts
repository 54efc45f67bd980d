// How Swift writes names and times in headers and listings.

/** Python's str.title(), which swob applies to header names. */
export function pythonTitle(name: string): string {
  let out = '';
  let previousCased = false;
  for (const ch of name) {
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    out += cased ? (previousCased ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    previousCased = cased;
  }
  return out;
}

/** X-Timestamp: seconds with five decimals. */
export function xTimestamp(ms: number): string {
  return (ms / 1000).toFixed(5);
}

/** Last-Modified: the timestamp rounded up to the second, as an HTTP date. */
export function httpDate(ms: number): string {
  return new Date(Math.ceil(ms / 1000) * 1000).toUTCString();
}

/** A listing's last_modified: ISO 8601 in UTC with microseconds and no zone. */
export function listingDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}000`;
}

/** Header name → metadata key for a prefix such as `x-container-meta-`, or null. */
export function metaKey(header: string, prefix: string): string | null {
  return header.startsWith(prefix) && header.length > prefix.length
    ? pythonTitle(header.slice(prefix.length))
    : null;
}

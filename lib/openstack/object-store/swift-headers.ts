// Swift keeps metadata and ACLs in headers: these read them off a HEAD answer and
// write the headers that set or remove them.

/** `.r:*` lets anyone read objects; `.rlistings` lets them list the container too. */
export const PUBLIC_READ_ACL = '.r:*,.rlistings';

export type MetadataScope = 'Account' | 'Container' | 'Object';

/** "quota-bytes" → "Quota-Bytes": the case Swift shows its metadata keys in. */
function titleCase(key: string): string {
  return key.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/**
 * A header value carries bytes (fetch's ByteString: one character a byte). Swift
 * keeps metadata as UTF-8, so a value goes out as its UTF-8 bytes and comes back
 * decoded from them; bytes that are not UTF-8 are shown as they are.
 */
export function toHeaderValue(value: string): string {
  return String.fromCharCode(...new TextEncoder().encode(value));
}

export function fromHeaderValue(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  try {
    const bytes = Uint8Array.from(value, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return value;
  }
}

/** X-<Scope>-Meta-* headers as a record, keys without the prefix. */
export function readMetadata(headers: Headers, scope: MetadataScope): Record<string, string> {
  const prefix = `x-${scope.toLowerCase()}-meta-`;
  const metadata: Record<string, string> = {};
  headers.forEach((value, name) => {
    const key = name.toLowerCase();
    if (key.startsWith(prefix) && key.length > prefix.length) {
      metadata[titleCase(key.slice(prefix.length))] = fromHeaderValue(value);
    }
  });
  return metadata;
}

/**
 * Headers that set `set` and remove `remove`. Swift's POST on an account or
 * container merges; on an object it replaces all metadata, so there `remove` is moot.
 */
export function metadataHeaders(
  scope: MetadataScope,
  set: Record<string, string> = {},
  remove: string[] = [],
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const key of remove) headers[`X-Remove-${scope}-Meta-${key}`] = 'x';
  for (const [key, value] of Object.entries(set)) {
    headers[`X-${scope}-Meta-${key}`] = toHeaderValue(value);
  }
  return headers;
}

/** True when the read ACL lets anyone read objects (a `.r:*` referrer). */
export function isPublicReadAcl(acl: string | undefined): boolean {
  if (!acl) return false;
  return acl
    .split(',')
    .map((part) => part.trim())
    .some((part) => part === '.r:*' || part === '.referrer:*');
}

/** A header as a number, undefined when absent or not a number. */
export function headerNumber(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** X-Timestamp (seconds since the epoch, with a fraction) as an ISO date. */
export function timestampDate(headers: Headers): string | undefined {
  const seconds = headerNumber(headers, 'x-timestamp');
  return seconds === undefined ? undefined : new Date(seconds * 1000).toISOString();
}

import { HTML, SwiftError } from './errors';

// swift.common.middleware.acl.clean_acl for X-Container-Read/-Write: entries
// trimmed; `.r:`-like referrer designations normalised to `.r:`, refused in write
// ACLs or without a host; other `.x:` designators refused; anything else kept.

const REFERRER = new Set(['.r', '.ref', '.referer', '.referrer']);

/** Python's repr() of a str, for the texts (single quotes unless it holds one). */
function pyRepr(value: string): string {
  return value.includes("'") && !value.includes('"')
    ? `"${value}"`
    : `'${value.replaceAll("'", "\\'")}'`;
}

const refuse = (text: string) => new SwiftError(400, text, HTML);

export function cleanAcl(
  headerName: 'X-Container-Read' | 'X-Container-Write',
  value: string,
): string {
  const entries: string[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const colon = entry.indexOf(':');
    if (colon < 0) {
      entries.push(entry);
      continue;
    }
    const first = entry.slice(0, colon).trim();
    let second = entry.slice(colon + 1).trim();
    if (!first || !first.startsWith('.')) {
      entries.push(entry);
    } else if (REFERRER.has(first)) {
      if (headerName === 'X-Container-Write') {
        throw refuse(`Referrers not allowed in write ACL: ${pyRepr(entry)}`);
      }
      const negate = second.startsWith('-');
      if (negate) second = second.slice(1).trim();
      if (second && second !== '*' && second.startsWith('*')) second = second.slice(1).trim();
      if (!second || second === '.') {
        throw refuse(`No host/domain value after referrer designation in ACL: ${pyRepr(entry)}`);
      }
      entries.push(`.r:${negate ? '-' : ''}${second}`);
    } else {
      throw refuse(`Unknown designator ${pyRepr(first)} in ACL: ${pyRepr(entry)}`);
    }
  }
  return entries.join(',');
}

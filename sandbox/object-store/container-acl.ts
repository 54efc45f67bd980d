import { SwiftError } from './errors';

// swift.common.middleware.acl.clean_acl for X-Container-Read/-Write: entries
// trimmed, referrer designations normalised to `.r:`, unknown ones refused.

export function cleanAcl(
  headerName: 'X-Container-Read' | 'X-Container-Write',
  value: string,
): string {
  const entries: string[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    if (!entry.startsWith('.')) {
      entries.push(entry);
      continue;
    }
    const colon = entry.indexOf(':');
    const designator = (colon < 0 ? entry : entry.slice(0, colon)).trim();
    if (designator === '.rlistings' && colon < 0) {
      entries.push('.rlistings');
      continue;
    }
    if (!['.r', '.ref', '.referer', '.referrer'].includes(designator)) {
      throw new SwiftError(
        400,
        `Unknown designator '${designator}' in ACL: '${value}'`,
        'text/plain',
      );
    }
    if (headerName === 'X-Container-Write') {
      throw new SwiftError(400, `Referrers not allowed in write ACL: '${value}'`, 'text/plain');
    }
    const host = colon < 0 ? '' : entry.slice(colon + 1).trim();
    if (!host || host === '-') {
      throw new SwiftError(
        400,
        `No host/domain value after referrer designation in ACL: '${value}'`,
        'text/plain',
      );
    }
    entries.push(`.r:${host}`);
  }
  return entries.join(',');
}

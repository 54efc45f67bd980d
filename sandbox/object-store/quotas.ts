import { SwiftError } from './errors';
import { accountStats, containerStats } from './stats';
import type { AccountRecord, ContainerRecord } from './schema';

// container_quotas and account_quotas: a new object (PUT or copy) is refused when
// the container's (or account's) bytes plus its size, or the container's object
// count plus one, would pass the quota in its metadata.

const EXCEEDED = 'Upload exceeds quota.';

function limitOf(meta: Record<string, string>, key: string): number | null {
  const value = meta[key];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

export function checkQuotas(
  account: AccountRecord,
  container: ContainerRecord,
  size: number,
): void {
  const bytes = limitOf(container.meta, 'Quota-Bytes');
  const count = limitOf(container.meta, 'Quota-Count');
  if (bytes !== null || count !== null) {
    const c = containerStats(container);
    if ((bytes !== null && c.bytes + size > bytes) || (count !== null && c.count + 1 > count)) {
      throw new SwiftError(413, EXCEEDED);
    }
  }
  const accountBytes = limitOf(account.meta, 'Quota-Bytes');
  if (accountBytes !== null && accountStats(account).bytes + size > accountBytes) {
    throw new SwiftError(413, EXCEEDED);
  }
}

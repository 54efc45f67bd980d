import { DEFAULT_POLICY } from './info';
import type { AccountRecord, ContainerRecord } from './schema';

// Object counts and bytes, worked out when asked (the listings are in memory).

export function containerStats(container: ContainerRecord): { count: number; bytes: number } {
  let bytes = 0;
  for (const o of container.objects) bytes += o.bytes;
  return { count: container.objects.length, bytes };
}

export function accountStats(account: AccountRecord): {
  containers: number;
  count: number;
  bytes: number;
} {
  let count = 0;
  let bytes = 0;
  for (const c of account.containers) {
    const s = containerStats(c);
    count += s.count;
    bytes += s.bytes;
  }
  return { containers: account.containers.length, count, bytes };
}

export function accountHeaders(account: AccountRecord): Record<string, string> {
  const s = accountStats(account);
  const perPolicy: Record<string, string> =
    s.containers > 0
      ? {
          [`X-Account-Storage-Policy-${DEFAULT_POLICY}-Container-Count`]: String(s.containers),
          [`X-Account-Storage-Policy-${DEFAULT_POLICY}-Object-Count`]: String(s.count),
          [`X-Account-Storage-Policy-${DEFAULT_POLICY}-Bytes-Used`]: String(s.bytes),
        }
      : {};
  return {
    'X-Account-Container-Count': String(s.containers),
    'X-Account-Object-Count': String(s.count),
    'X-Account-Bytes-Used': String(s.bytes),
    ...perPolicy,
  };
}

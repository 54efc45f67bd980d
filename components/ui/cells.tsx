// Table and detail cells every panel shows the same way: identifiers in mono
// type, a dash where the cloud gave nothing, an age that reads like Horizon's.
import { formatAge } from '@/lib/format/age';
import type { ReactNode } from 'react';

/** IDs, fingerprints, MAC and IP addresses: monospace, breaking anywhere when `wrap`. */
export function Mono({ children, wrap = false }: { children: ReactNode; wrap?: boolean }) {
  // Whole class strings: the Tailwind Prettier plugin trims a leading space inside a template.
  return (
    <span className={wrap ? 'font-mono text-xs break-all' : 'font-mono text-xs'}>{children}</span>
  );
}

/** The value, or "-" when the cloud sent none (null, undefined or an empty string). */
export function orDash<T extends ReactNode>(value: T | null | undefined): T | '-' {
  return value === null || value === undefined || value === '' ? '-' : value;
}

/** "3 minutes": time since `since`; the exact time on hover. */
export function Age({ since }: { since: string }) {
  // The server renders the first page a moment before the browser takes it over.
  return (
    <span title={since} suppressHydrationWarning>
      {formatAge(since)}
    </span>
  );
}

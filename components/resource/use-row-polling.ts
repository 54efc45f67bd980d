'use client';
// Re-polls only the rows in a transitional state, one GET per such row, with
// backoff, until they settle; the rest of the list is left alone. When many rows
// are in transition, one refresh of the page costs fewer calls than a GET each.
import { useEffect, useRef } from 'react';
import { backoffDelay } from '@/lib/hooks/backoff';
import { OpenStackError } from '@/lib/openstack/errors';

export function useRowPolling<T>({
  rows,
  rowKey,
  transitional,
  get,
  onUpdate,
  onGone,
  refreshAll,
  batchAbove = 3,
}: {
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  transitional: ((row: T) => boolean) | undefined;
  get: ((key: string) => Promise<T>) | undefined;
  onUpdate: (row: T) => void;
  onGone: (key: string) => void;
  /** Reload the whole page of rows (one call). */
  refreshAll?: () => Promise<unknown>;
  /** Use refreshAll instead of per-row GETs above this many pending rows. */
  batchAbove?: number;
}) {
  const pending = transitional && get ? (rows ?? []).filter(transitional).map(rowKey) : [];
  const signature = pending.join('\u0000');
  const callbacks = useRef({ get, onUpdate, onGone, refreshAll });
  useEffect(() => {
    callbacks.current = { get, onUpdate, onGone, refreshAll };
  });

  useEffect(() => {
    if (!signature) return;
    const keys = signature.split('\u0000');
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;

    async function tick() {
      const {
        get: fetchRow,
        onUpdate: update,
        onGone: gone,
        refreshAll: reload,
      } = callbacks.current;
      if (!fetchRow) return;
      if (reload && keys.length > batchAbove) {
        await reload().catch(() => undefined);
        if (!stopped) timer = setTimeout(tick, backoffDelay(++attempt));
        return;
      }
      await Promise.all(
        keys.map(async (key) => {
          try {
            update(await fetchRow(key));
          } catch (error) {
            if (error instanceof OpenStackError && error.status === 404) gone(key);
          }
        }),
      );
      if (!stopped) timer = setTimeout(tick, backoffDelay(++attempt));
    }

    timer = setTimeout(tick, backoffDelay(attempt));
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [signature, batchAbove]);
}

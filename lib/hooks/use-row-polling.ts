'use client';
// Re-polls only the rows in a transitional state, one GET per such row, with
// backoff, until they settle; the rest of the list is left alone.
import { useEffect, useRef } from 'react';
import { OpenStackError } from '@/lib/openstack/errors';
import { backoffDelay } from './backoff';

export function useRowPolling<T>({
  rows,
  rowKey,
  transitional,
  get,
  onUpdate,
  onGone,
}: {
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  transitional: ((row: T) => boolean) | undefined;
  get: ((key: string) => Promise<T>) | undefined;
  onUpdate: (row: T) => void;
  onGone: (key: string) => void;
}) {
  const pending = transitional && get ? (rows ?? []).filter(transitional).map(rowKey) : [];
  const signature = pending.join('\u0000');
  const callbacks = useRef({ get, onUpdate, onGone });
  useEffect(() => {
    callbacks.current = { get, onUpdate, onGone };
  });

  useEffect(() => {
    if (!signature) return;
    const keys = signature.split('\u0000');
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;

    async function tick() {
      const { get: fetchRow, onUpdate: update, onGone: gone } = callbacks.current;
      if (!fetchRow) return;
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
  }, [signature]);
}

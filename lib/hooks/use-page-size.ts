'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { PAGE_SIZES } from '@/components/ui/data-table/table-footer';

const KEY = 'table-page-size';
const DEFAULT = 20;
const listeners = new Set<() => void>();

function read(): number {
  const value = Number(localStorage.getItem(KEY));
  return (PAGE_SIZES as readonly number[]).includes(value) ? value : DEFAULT;
}

/** Horizon's "Items Per Page" user setting, kept in this browser. */
export function usePageSize(): [number, (size: number) => void] {
  const size = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => DEFAULT,
  );
  const set = useCallback((next: number) => {
    localStorage.setItem(KEY, String(next));
    listeners.forEach((l) => l());
  }, []);
  return [size, set];
}

'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_COOKIE, parsePageSize } from '@/lib/page-size';

const listeners = new Set<() => void>();
const ONE_YEAR_S = 365 * 24 * 3600;

function read(): number {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${PAGE_SIZE_COOKIE}=`));
  return parsePageSize(entry?.slice(PAGE_SIZE_COOKIE.length + 1));
}

/**
 * Horizon's "Items Per Page" user setting, kept in a cookie in this browser.
 * `rendered` is the size the server rendered with (it read the same cookie).
 */
export function usePageSize(rendered = DEFAULT_PAGE_SIZE): [number, (size: number) => void] {
  const size = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => rendered,
  );
  const set = useCallback((next: number) => {
    document.cookie = `${PAGE_SIZE_COOKIE}=${next}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
    listeners.forEach((l) => l());
  }, []);
  return [size, set];
}

'use client';
// A moment in the user's time zone and date format (User Settings, a cookie of
// this browser). The server renders UTC, and so does hydration; the browser's
// choice follows right after, so the two renders never disagree.
import { useSyncExternalStore } from 'react';
import { DATE_PREFS_COOKIE, DEFAULT_DATE_PREFS, parseDatePrefs } from '@/lib/format/date-prefs';
import { formatTimestamp } from '@/lib/format/timestamp';

// The cookie changes only on the Settings page, which reloads: nothing to listen to.
const subscribe = () => () => {};

function savedPrefs(): string | null {
  const entry = document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${DATE_PREFS_COOKIE}=`));
  return entry ? entry.slice(DATE_PREFS_COOKIE.length + 1) : null;
}

export function Timestamp({ value }: { value: string | undefined }) {
  const saved = useSyncExternalStore(subscribe, savedPrefs, () => null);
  return <>{formatTimestamp(value, saved === null ? DEFAULT_DATE_PREFS : parseDatePrefs(saved))}</>;
}

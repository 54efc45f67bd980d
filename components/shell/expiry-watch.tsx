'use client';
// Sends the user to the login page the moment the Keystone token expires, even
// on an idle page, so a stale table is never mistaken for live data.
import { useEffect } from 'react';
import { goToLoginExpired } from '@/lib/client/session-expiry';

export function ExpiryWatch({ expiresAt }: { expiresAt: string }) {
  useEffect(() => {
    const delay = Date.parse(expiresAt) - Date.now();
    if (Number.isNaN(delay)) return;
    const timer = setTimeout(goToLoginExpired, Math.max(0, Math.min(delay, 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [expiresAt]);
  return null;
}

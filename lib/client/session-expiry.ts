// When the proxy reports an expired session, go to the login page and come back here after.
import { OpenStackError } from '@/lib/openstack/errors';

export function isSessionExpired(error: unknown): boolean {
  return error instanceof OpenStackError && error.sessionExpired;
}

export function goToLoginExpired(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  const params = new URLSearchParams({ reason: 'expired', callbackUrl: here });
  // A full page load on purpose: the expired session's client state must not survive.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/login?${params.toString()}`);
}

/** Returns true when the error was a session expiry (and navigation has started). */
export function handleSessionExpiry(error: unknown): boolean {
  if (!isSessionExpired(error)) return false;
  goToLoginExpired();
  return true;
}

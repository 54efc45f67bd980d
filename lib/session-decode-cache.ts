// Decoding next-auth's session cookie derives its key (HKDF) and decrypts a JWE:
// about 0.1 ms of CPU, paid by every proxied call and twice by every page (the
// request guard and the layout). This remembers successful decodes for a short
// while, so a user's stream of calls pays it once a minute.
//
// Why it keeps every property of a fresh decode:
// - Keyed by a SHA-256 of the exact cookie value: a changed byte is another key,
//   decoded (and refused) afresh. Failures are never remembered.
// - Tied to the secret: a new NEXTAUTH_SECRET empties it.
// - An entry never outlives the JWT's own `exp` (with the tolerance next-auth
//   decodes with), and the Keystone expiry is checked by the caller on every
//   request (`isExpired`), so an expired session is refused at the same moment.
// - Revocation is unaffected: the cookie carries no revocation state (sign-out
//   deletes it; a revoked Keystone token is refused by the cloud, answered 401).
// - Bounded: at most MAX_ENTRIES (least recently used dropped first), each for
//   at most TTL_MS.
import { createHash } from 'node:crypto';
import { decode } from 'next-auth/jwt';

export const TTL_MS = 60_000;

/** DASHBOARD_SESSION_CACHE_SECONDS: how long a decode is reused (default 60, at most 60; 0 turns it off). */
export function cacheTtlMs(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.DASHBOARD_SESSION_CACHE_SECONDS ?? 60);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, TTL_MS) : TTL_MS;
}
export const MAX_ENTRIES = 1_000;
/** next-auth decodes with a 15 s clock tolerance (jose's `clockTolerance`). */
const CLOCK_TOLERANCE_MS = 15_000;

interface Entry {
  payload: Record<string, unknown>;
  until: number;
}

// On globalThis: the request guard, pages and route handlers are bundled apart,
// each with its own copy of this module, yet one bound is wanted for the process.
const KEY = Symbol.for('dashboard.decoded-sessions');
interface State {
  entries: Map<string, Entry>;
  secret?: string;
}
const shared = globalThis as { [KEY]?: State };
const state: State = (shared[KEY] ??= { entries: new Map() });
const cache = state.entries;

function cookieKey(raw: string): string {
  return createHash('sha256').update(raw).digest('base64url');
}

/** Until when a decoded payload may be reused, or 0 when it must not be. */
function reusableUntil(payload: Record<string, unknown>, now: number, ttl: number): number {
  // Only next-auth's own shape is remembered: an expiry and no not-before.
  if (typeof payload.exp !== 'number' || payload.nbf !== undefined) return 0;
  return Math.min(now + ttl, payload.exp * 1000 + CLOCK_TOLERANCE_MS);
}

/**
 * next-auth's `decode`, remembered. Throws or returns null exactly when decode
 * would; the returned object is shared between callers and must not be changed.
 */
export async function decodeSession(
  raw: string,
  secret: string,
): Promise<Record<string, unknown> | null> {
  const ttl = cacheTtlMs();
  if (ttl === 0) return (await decode({ token: raw, secret })) as Record<string, unknown> | null;
  if (secret !== state.secret) {
    cache.clear();
    state.secret = secret;
  }
  const key = cookieKey(raw);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    if (hit.until > now) {
      cache.set(key, hit); // most recently used now
      return hit.payload;
    }
  }
  const payload = (await decode({ token: raw, secret })) as Record<string, unknown> | null;
  if (!payload) return null;
  const until = reusableUntil(payload, now, ttl);
  if (until > now && secret === state.secret) {
    cache.set(key, { payload, until });
    while (cache.size > MAX_ENTRIES) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  }
  return payload;
}

/** For tests: how many decoded sessions are held. */
export function decodedSessionCount(): number {
  return cache.size;
}

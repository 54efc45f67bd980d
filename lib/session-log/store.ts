// The session log lives in the browser's localStorage, one key per Keystone user
// id, capped at MAX_ENTRIES and removed at sign-out. Kept in the browser rather
// than on the server because it only ever serves the user who made the changes,
// holds nothing the cloud does not already know, and needs no server state or
// clean-up (the dashboard keeps no database). Nothing here imports React.
import type { NewSessionLogEntry, SessionLogEntry } from './types';

export const MAX_ENTRIES = 200;
const PREFIX = 'session-log:';
/** Dispatched on window after every change, so an open My Session page follows. */
export const SESSION_LOG_EVENT = 'session-log-change';

let currentUser: string | null = null;
let counter = 0;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Set by the shell once the signed-in user is known; recording needs it. */
export function setSessionLogUser(userId: string | null): void {
  currentUser = userId;
}

export function sessionLogUser(): string | null {
  return currentUser;
}

function isEntry(v: unknown): v is SessionLogEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.time === 'string' && typeof e.action === 'string';
}

/** The stored text (a stable snapshot for useSyncExternalStore). */
export function rawSessionLog(userId: string | null): string {
  const store = storage();
  return (store && userId && store.getItem(PREFIX + userId)) || '[]';
}

export function parseSessionLog(raw: string): SessionLogEntry[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

export function readSessionLog(userId: string | null = currentUser): SessionLogEntry[] {
  const store = storage();
  if (!store || !userId) return [];
  try {
    const parsed: unknown = JSON.parse(store.getItem(PREFIX + userId) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function write(userId: string, entries: SessionLogEntry[]): void {
  const store = storage();
  if (!store) return;
  try {
    store.setItem(PREFIX + userId, JSON.stringify(entries.slice(-MAX_ENTRIES)));
  } catch {
    // A full storage loses the record, never the user's action.
  }
  window.dispatchEvent(new Event(SESSION_LOG_EVENT));
}

/** Appends one change for the signed-in user (nothing when no user is known). */
export function recordChange(entry: NewSessionLogEntry, now: Date = new Date()): void {
  const userId = currentUser;
  if (!userId || !storage()) return;
  counter += 1;
  const full: SessionLogEntry = {
    ...entry,
    id: `${now.getTime()}-${counter}`,
    time: now.toISOString(),
  };
  write(userId, [...readSessionLog(userId), full]);
}

export function clearSessionLog(userId: string | null = currentUser): void {
  const store = storage();
  if (!store || !userId) return;
  store.removeItem(PREFIX + userId);
  window.dispatchEvent(new Event(SESSION_LOG_EVENT));
}

/** What a call's result or a row says about the resource: its name and id when it has them. */
export function resourceOf(value: unknown, fallbackName?: string): SessionLogEntry['resource'] {
  const o = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const name = typeof o.name === 'string' && o.name ? o.name : fallbackName || undefined;
  const id = typeof o.id === 'string' && o.id ? o.id : undefined;
  return name || id ? { ...(name ? { name } : {}), ...(id ? { id } : {}) } : undefined;
}

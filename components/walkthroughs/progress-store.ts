// Where a student is in each walkthrough, kept in the browser per user
// (localStorage, keyed by user id and walkthrough id), and which one is open.
export interface StoredProgress {
  /** The step the student is on (index). */
  step: number;
  /** Paths opened while the walkthrough was active (for `visited` conditions). */
  visited: string[];
  /** Ids of the steps seen met. */
  met: string[];
  finished?: boolean;
}

export const CHANGE_EVENT = 'walkthrough-change';

const activeKey = (userId: string) => `walkthrough-active:${userId}`;
const progressKey = (userId: string, id: string) => `walkthrough:${userId}:${id}`;

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function activeWalkthrough(userId: string): string | null {
  return read<string>(activeKey(userId));
}

export function setActiveWalkthrough(userId: string, id: string | null) {
  if (id) localStorage.setItem(activeKey(userId), JSON.stringify(id));
  else localStorage.removeItem(activeKey(userId));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function progressOf(userId: string, id: string): StoredProgress {
  const p = read<Partial<StoredProgress>>(progressKey(userId, id));
  return {
    step: typeof p?.step === 'number' && p.step >= 0 ? p.step : 0,
    visited: Array.isArray(p?.visited) ? p.visited.filter((v) => typeof v === 'string') : [],
    met: Array.isArray(p?.met) ? p.met.filter((v) => typeof v === 'string') : [],
    finished: p?.finished === true,
  };
}

export function saveProgress(userId: string, id: string, progress: StoredProgress) {
  localStorage.setItem(progressKey(userId, id), JSON.stringify(progress));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function resetProgress(userId: string, id: string) {
  localStorage.removeItem(progressKey(userId, id));
}

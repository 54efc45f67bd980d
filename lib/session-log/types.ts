// One change the user made in the dashboard, as My Session lists and exports it.
import type { Equivalents } from '@/lib/equivalents/types';

export interface SessionLogEntry {
  /** Unique within the log (time plus a counter). */
  id: string;
  /** ISO 8601, when the cloud answered. */
  time: string;
  /** Horizon's words: "Create Network", "Delete Key Pair". */
  action: string;
  ok: boolean;
  /** The cloud's own error text when it refused. */
  error?: string;
  resource?: { name?: string; id?: string };
  /** Already redacted (see redact.ts); absent when the action has none. */
  equivalents?: Equivalents;
}

export type NewSessionLogEntry = Omit<SessionLogEntry, 'id' | 'time'>;

import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { sandboxStateSchema, type SandboxState } from './state';

export const SAVE_DEBOUNCE_MS = 100;

/**
 * Holds the in-memory state. Handlers mutate `state` directly and then call
 * `changed()`; with a state file, saves are debounced and atomic (tmp + rename),
 * so a crash mid-write never leaves a truncated file behind.
 */
export class Store {
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    public state: SandboxState,
    private readonly statePath: string | null,
  ) {}

  changed(): void {
    if (!this.statePath) return;
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch((err: unknown) => {
        console.error(`sandbox: could not save state to ${this.statePath}:`, err);
      });
    }, SAVE_DEBOUNCE_MS);
  }

  /** Writes pending changes now; resolves once they are on disk. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const next = this.saving.then(async () => {
      if (!this.dirty || !this.statePath) return;
      this.dirty = false;
      await writeAtomically(this.statePath, JSON.stringify(this.state));
    });
    this.saving = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.flush();
  }
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(tmp, content, { mode: 0o600 });
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** The saved state, or null when the file does not exist yet. Refuses a corrupt file. */
export async function loadState(path: string): Promise<SandboxState | null> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`${path} is not valid JSON; move it away to start from a fresh sandbox`);
  }
  const parsed = sandboxStateSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `${path} is not a sandbox state file (${parsed.error.issues[0]?.message ?? 'invalid'}); move it away to start fresh`,
    );
  }
  return parsed.data;
}

// Volumes, snapshots and backups made through the dashboard's own proxy for the
// Snapshots, Backups and Volume Types specs, waited on until Cinder settles them,
// and removed after the test.
import { expect, type APIRequestContext } from '@playwright/test';
import { E2E } from './env';

const ORIGIN = { Origin: E2E.baseUrl };
const SETTLE = { timeout: 60_000, intervals: [250, 500, 1_000] };

type Kind = 'volumes' | 'snapshots' | 'backups';
const FIELD: Record<Kind, string> = { volumes: 'volume', snapshots: 'snapshot', backups: 'backup' };

async function status(request: APIRequestContext, kind: Kind, id: string): Promise<string> {
  const response = await request.get(`/api/os/volumev3/${kind}/${id}`);
  if (response.status() === 404) return 'gone';
  const body = (await response.json()) as Record<string, { status: string }>;
  return body[FIELD[kind]]?.status ?? 'unknown';
}

export async function waitFor(
  request: APIRequestContext,
  kind: Kind,
  id: string,
  wanted: string,
): Promise<void> {
  await expect.poll(() => status(request, kind, id), SETTLE).toBe(wanted);
}

async function post(request: APIRequestContext, path: string, data: unknown): Promise<string> {
  const response = await request.post(`/api/os/volumev3/${path}`, { headers: ORIGIN, data });
  expect(response.status(), await response.text()).toBe(202);
  const body = (await response.json()) as Record<string, { id: string }>;
  return Object.values(body)[0]!.id;
}

/** Records what a test made and removes it, newest first, waiting for each to go. */
export class CinderSeeds {
  private readonly made: [Kind, string][] = [];

  constructor(private readonly request: () => APIRequestContext) {}

  track(kind: Kind, id: string): string {
    this.made.push([kind, id]);
    return id;
  }

  async volume(name: string, extra: Record<string, unknown> = {}): Promise<string> {
    const id = this.track(
      'volumes',
      await post(this.request(), 'volumes', { volume: { size: 1, name, ...extra } }),
    );
    await waitFor(this.request(), 'volumes', id, 'available');
    return id;
  }

  async snapshot(volumeId: string, name: string): Promise<string> {
    const id = this.track(
      'snapshots',
      await post(this.request(), 'snapshots', { snapshot: { volume_id: volumeId, name } }),
    );
    await waitFor(this.request(), 'snapshots', id, 'available');
    return id;
  }

  async backup(volumeId: string, name: string): Promise<string> {
    const id = this.track(
      'backups',
      await post(this.request(), 'backups', { backup: { volume_id: volumeId, name } }),
    );
    await waitFor(this.request(), 'backups', id, 'available');
    return id;
  }

  /**
   * Removes backups, then volumes made from this test's snapshots (found by their
   * snapshot_id, even if the test failed before noting them), then snapshots, then volumes.
   */
  async cleanup(): Promise<void> {
    const request = this.request();
    const snapshots = new Set(this.made.filter(([k]) => k === 'snapshots').map(([, id]) => id));
    const derived = snapshots.size
      ? (await volumesNamed(request, '')).filter(
          (v) => v.snapshot_id && snapshots.has(v.snapshot_id),
        )
      : [];
    const steps: [Kind, string][] = [
      ...this.made.filter(([k]) => k === 'backups').reverse(),
      ...derived.map((v): [Kind, string] => ['volumes', v.id]),
      ...this.made.filter(([k]) => k === 'snapshots').reverse(),
      ...this.made.filter(([k]) => k === 'volumes').reverse(),
    ];
    for (const [kind, id] of steps) {
      const now = await status(request, kind, id);
      if (now === 'gone') continue;
      if (now !== 'deleting') {
        await expect
          .poll(() => status(request, kind, id), SETTLE)
          .toMatch(/^(available|error|gone)$/);
        await request.delete(`/api/os/volumev3/${kind}/${id}`, { headers: ORIGIN });
      }
      await waitFor(request, kind, id, 'gone');
    }
    this.made.length = 0;
  }
}

/** Volumes whose name starts with `prefix` (what a failed test may have left). */
export async function volumesNamed(
  request: APIRequestContext,
  prefix: string,
): Promise<{ id: string; name: string; snapshot_id?: string | null; status: string }[]> {
  const response = await request.get('/api/os/volumev3/volumes/detail');
  const { volumes } = (await response.json()) as {
    volumes: { id: string; name: string; snapshot_id?: string | null; status: string }[];
  };
  return volumes.filter((v) => (v.name ?? '').startsWith(prefix));
}

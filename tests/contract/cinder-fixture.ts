// What the Cinder contract tests share: waiting for a status, making a small
// volume, and taking down what a test made (snapshots before their volumes,
// transfers before theirs), also when the test failed half-way.
import type { Api } from '@/lib/openstack/api';
import type { VolumeDetail } from '@/lib/openstack/volume/volume-schemas';

const SETTLED = ['available', 'in-use', 'error', 'error_extending', 'error_restoring'];

/** Polls until `read` gives a status in `statuses` (or throws after 60 s). */
export async function waitStatus<T extends { status: string }>(
  read: () => Promise<T>,
  statuses: string[],
): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (statuses.includes(value.status)) return value;
    if (Date.now() > deadline)
      throw new Error(`stuck in ${value.status}, wanted ${statuses.join('/')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Polls until `read` fails with 404. */
export async function waitGone(read: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await read();
    } catch (error) {
      if ((error as { status?: number }).status === 404) return;
      throw error;
    }
    if (Date.now() > deadline) throw new Error('still there after 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export class CinderCleanup {
  private readonly volumes: [Api, string][] = [];
  private readonly snapshots: [Api, string][] = [];
  private readonly transfers: [Api, string][] = [];
  private readonly types: [Api, string][] = [];

  volume(api: Api, id: string): string {
    this.volumes.push([api, id]);
    return id;
  }

  snapshot(api: Api, id: string): string {
    this.snapshots.push([api, id]);
    return id;
  }

  transfer(api: Api, id: string): string {
    this.transfers.push([api, id]);
    return id;
  }

  type(api: Api, id: string): string {
    this.types.push([api, id]);
    return id;
  }

  async run(): Promise<void> {
    await Promise.allSettled(this.transfers.map(([api, id]) => api.volume.deleteTransfer(id)));
    await Promise.allSettled(
      this.snapshots.map(async ([api, id]) => {
        await waitStatus(() => api.volume.getSnapshot(id), ['available', 'error']).catch(
          () => null,
        );
        await api.volume.deleteSnapshot(id);
        await waitGone(() => api.volume.getSnapshot(id));
      }),
    );
    await Promise.allSettled(
      this.volumes.map(async ([api, id]) => {
        await waitStatus(() => api.volume.getVolume(id), SETTLED).catch(() => null);
        await api.volume.deleteVolume(id);
        await waitGone(() => api.volume.getVolume(id));
      }),
    );
    await Promise.allSettled(this.types.map(([api, id]) => api.volume.deleteVolumeType(id)));
  }
}

/** A 1 GiB volume, available. */
export async function availableVolume(
  api: Api,
  cleanup: CinderCleanup,
  name: string,
  extra: Partial<Parameters<Api['volume']['createVolume']>[0]> = {},
): Promise<VolumeDetail> {
  const created = await api.volume.createVolume({ size: 1, name, ...extra });
  cleanup.volume(api, created.id);
  return waitStatus(() => api.volume.getVolume(created.id), ['available']);
}

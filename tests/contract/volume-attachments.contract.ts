// Attaching Cinder volumes to Nova servers (lib/openstack/compute/
// volume-attachments.ts) against the target cloud: the volume turns in-use with
// its attachment, Cinder refuses to delete or snapshot it then, detach frees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { bootArgs } from './boot-args';
import { availableVolume, CinderCleanup, waitGone, waitStatus } from './cinder-fixture';
import { apiFor, session, unique } from './context';
import { failure } from './failure';

let api: Api;
let serverId: string;
const cleanup = new CinderCleanup();

beforeAll(async () => {
  api = await apiFor(await session());
  const { id } = await api.compute.createServer({
    server: { name: unique('vm'), ...(await bootArgs(api)) },
  });
  serverId = id!;
  const until = Date.now() + 180_000;
  for (;;) {
    const s = await api.compute.getServer(serverId);
    if (s.status === 'ACTIVE' && !s['OS-EXT-STS:task_state']) break;
    if (s.status === 'ERROR' || Date.now() > until) throw new Error(`server ${s.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 200_000);

afterAll(async () => {
  await api.compute.deleteServer(serverId).catch(() => undefined);
  await waitGone(() => api.compute.getServer(serverId)).catch(() => undefined);
  await cleanup.run();
}, 150_000);

describe('volume attachments', () => {
  it('attaches a volume (in-use with the server), refuses delete and backup, snapshots it, and detaches it', async () => {
    const volume = await availableVolume(api, cleanup, unique('att'));
    const attachment = await api.compute.attachVolume(serverId, volume.id);
    expect(attachment).toMatchObject({ volumeId: volume.id, serverId });
    // libvirt names it /dev/vdb, the devcloud's fake driver /dev/sdb.
    expect(attachment.device).toMatch(/^\/dev\/[sv]d[b-z]$/);

    const inUse = await waitStatus(() => api.volume.getVolume(volume.id), ['in-use']);
    expect(inUse.attachments).toEqual([
      expect.objectContaining({ server_id: serverId, device: attachment.device }),
    ]);
    expect((await api.compute.listVolumeAttachments(serverId)).map((a) => a.volumeId)).toEqual([
      volume.id,
    ]);

    const refused = await failure(api.volume.deleteVolume(volume.id));
    expect(refused.status).toBe(400);
    expect(refused.message).toBe(
      'Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.',
    );
    // Since 3.66 (the dashboard's microversion) an in-use volume is snapshotted
    // without the force flag, and force=false is refused.
    const noForce = await failure(api.volume.createSnapshot({ volumeId: volume.id, force: false }));
    expect(noForce.status).toBe(400);
    expect(noForce.message).toBe(
      "Since microversion 3.66 the 'force' flag is invalid for this request.  For backward compatability, however, when the 'force' flag is passed with a value evaluating to True, it is silently ignored.",
    );
    const snapshot = await api.volume.createSnapshot({ volumeId: volume.id });
    cleanup.snapshot(api, snapshot.id);
    await waitStatus(() => api.volume.getSnapshot(snapshot.id), ['available']);
    const backup = await failure(api.volume.createBackup({ volumeId: volume.id }));
    expect(backup.status).toBe(400);
    expect(backup.message).toBe(
      'Invalid volume: Backing up an in-use volume must use the force flag.',
    );

    await api.compute.detachVolume(serverId, volume.id);
    const free = await waitStatus(() => api.volume.getVolume(volume.id), ['available']);
    expect(free.attachments).toEqual([]);
    const notAttached = await failure(api.compute.detachVolume(serverId, volume.id));
    expect(notAttached.status).toBe(404);
    expect(notAttached.message).toBe(`Instance ${serverId} is not attached to volume ${volume.id}`);
  });

  it('refuses to attach a volume that does not exist', async () => {
    const id = '00000000-0000-0000-0000-000000000000';
    const error = await failure(api.compute.attachVolume(serverId, id));
    expect(error.status).toBe(404);
    expect(error.message).toBe(`Volume ${id} could not be found.`);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type Json } from './helpers';
import { novaCloud, type NovaCloud } from './nova-server-helpers';

// The sandbox's Cinder over HTTP: the volume state machine, sources, refusals in
// Cinder's words, quotas, transfers, upload to image, and attachments driven by
// Nova's os-volume_attachments and boot from volume.

let cloud: NovaCloud;
let demoProject: string;
let cinderBase: string;

async function cinder(
  token: string,
  method: string,
  path: string,
  body?: unknown,
  version = '3.66',
) {
  const res = await fetch(`${cinderBase}${path}`, {
    method,
    headers: {
      'X-Auth-Token': token,
      'OpenStack-API-Version': `volume ${version}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json };
}

async function waitVolume(token: string, id: string, status: string): Promise<Json> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { status: code, body } = await cinder(token, 'GET', `/volumes/${id}`);
    if (code === 404 && status === 'gone') return {};
    if (body.volume?.status === status) return body.volume as Json;
    if (Date.now() > deadline) throw new Error(`volume ${id} stuck in ${body.volume?.status}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Deletes a server and waits until Nova no longer shows it (its volumes are released then). */
async function deleteServer(id: string): Promise<void> {
  await cloud.ok(cloud.demo, 'DELETE', `/servers/${id}`);
  const deadline = Date.now() + 10_000;
  while ((await cloud.nova(cloud.demo, 'GET', `/servers/${id}`)).status !== 404) {
    if (Date.now() > deadline) throw new Error(`server ${id} not deleted`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function newVolume(token: string, volume: Json = {}): Promise<Json> {
  const { status, body } = await cinder(token, 'POST', '/volumes', {
    volume: { size: 1, ...volume },
  });
  expect(status).toBe(202);
  return waitVolume(token, body.volume.id, 'available');
}

beforeAll(async () => {
  // Cinder's steps last a third of bootMs: 300 ms leaves time to see each transitional status.
  cloud = await novaCloud({ bootMs: 900 });
  demoProject = await cloud.projectId('demo');
  const url = cloud.sandbox.endpoints.RegionOne?.volumev3 ?? '';
  cinderBase = url.replace('$(project_id)s', demoProject);
});

afterAll(() => cloud.sandbox.close());

describe('sandbox Cinder', () => {
  it('answers its version document at / without a token and /v3/ only with one', async () => {
    const root = new URL(cinderBase).origin;
    const res = await fetch(`${root}/`);
    expect(res.status).toBe(300);
    expect((await json(res)).versions[0]).toMatchObject({
      id: 'v3.0',
      version: '3.70',
      min_version: '3.0',
    });
    expect((await fetch(`${root}/v3/`)).status).toBe(401);
  });

  it('creates a volume that goes creating → available, and deletes it', async () => {
    const { status, body } = await cinder(cloud.demo, 'POST', '/volumes', {
      volume: { size: 2, name: 'disk', description: 'd' },
    });
    expect(status).toBe(202);
    expect(body.volume).toMatchObject({
      status: 'creating',
      size: 2,
      name: 'disk',
      volume_type: '__DEFAULT__',
      bootable: 'false',
    });
    const volume = await waitVolume(cloud.demo, body.volume.id, 'available');
    expect(volume.availability_zone).toBe('nova');
    expect((await cinder(cloud.demo, 'DELETE', `/volumes/${volume.id}`)).status).toBe(202);
    expect((await cinder(cloud.demo, 'GET', `/volumes/${volume.id}`)).body.volume.status).toBe(
      'deleting',
    );
    await waitVolume(cloud.demo, volume.id, 'gone');
  });

  it('refuses bad sizes, names and references in Cinder words', async () => {
    const post = (volume: Json) => cinder(cloud.demo, 'POST', '/volumes', { volume });
    expect((await post({ size: 0 })).body).toEqual({
      badRequest: {
        code: 400,
        message:
          'Invalid input for field/attribute size. Value: 0. 0 is less than the minimum of 1',
      },
    });
    expect((await post({ size: 'abc' })).body.badRequest.message).toBe(
      "Invalid input for field/attribute size. Value: abc. 'abc' does not match '^[0-9]+$'",
    );
    expect((await post({ size: 1, name: 'x'.repeat(300) })).body.badRequest.message).toBe(
      'Invalid input received: name has 300 characters, more than 255.',
    );
    expect((await post({ size: 1, volume_type: 'nope' })).body.itemNotFound.message).toBe(
      'Volume type with name nope could not be found.',
    );
    expect((await post({ size: 1, availability_zone: 'nope' })).body.badRequest.message).toBe(
      "Availability zone 'nope' is invalid.",
    );
    const over = await post({ size: 2000 });
    expect(over.status).toBe(413);
    expect(over.body.overLimit.message).toMatch(
      /^VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota\. Requested 2000G, quota is 1000G and \d+G has been consumed\.$/,
    );
  });

  it('extends, refuses a smaller size, retypes, and sets bootable and metadata', async () => {
    const volume = await newVolume(cloud.demo);
    const act = (body: Json) => cinder(cloud.demo, 'POST', `/volumes/${volume.id}/action`, body);
    expect((await act({ 'os-extend': { new_size: 1 } })).body.badRequest.message).toBe(
      'Invalid input received: New size for extend must be greater than current size. (current: 1, extended: 1).',
    );
    expect((await act({ 'os-extend': { new_size: 3 } })).status).toBe(202);
    expect((await cinder(cloud.demo, 'GET', `/volumes/${volume.id}`)).body.volume.status).toBe(
      'extending',
    );
    expect((await waitVolume(cloud.demo, volume.id, 'available')).size).toBe(3);
    expect(
      (await act({ 'os-retype': { new_type: '__DEFAULT__' } })).body.badRequest.message,
    ).toMatch(/^Invalid volume: Retype needs volume to be in available or in-use state/);
    expect((await act({ 'os-set_bootable': { bootable: true } })).status).toBe(200);
    await cinder(cloud.demo, 'POST', `/volumes/${volume.id}/metadata`, { metadata: { a: '1' } });
    const shown = (await cinder(cloud.demo, 'GET', `/volumes/${volume.id}`)).body.volume;
    expect(shown).toMatchObject({ bootable: 'true', metadata: { a: '1' } });
    expect((await act({ 'os-foo': {} })).body.badRequest.message).toBe(
      'There is no such action: os-foo. Verify the request body and Content-Type header and try again.',
    );
  });

  it('snapshots, refuses deleting a volume with snapshots, and makes a volume from one', async () => {
    const volume = await newVolume(cloud.demo, { size: 2 });
    const snap = await cinder(cloud.demo, 'POST', '/snapshots', {
      snapshot: { volume_id: volume.id, name: 's' },
    });
    expect(snap.status).toBe(202);
    const refused = await cinder(cloud.demo, 'DELETE', `/volumes/${volume.id}`);
    expect(refused.body.badRequest.message).toBe(
      'Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.',
    );
    const deadline = Date.now() + 5000;
    while (
      (await cinder(cloud.demo, 'GET', `/snapshots/${snap.body.snapshot.id}`)).body.snapshot
        .status !== 'available'
    ) {
      if (Date.now() > deadline) throw new Error('snapshot stuck');
      await new Promise((r) => setTimeout(r, 10));
    }
    const smaller = await cinder(cloud.demo, 'POST', '/volumes', {
      volume: { snapshot_id: snap.body.snapshot.id, size: 1 },
    });
    expect(smaller.body.badRequest.message).toBe(
      "Invalid input received: Volume size '1'GB cannot be smaller than the snapshot size 2GB. They must be >= original snapshot size.",
    );
    const copy = await newVolume(cloud.demo, {
      snapshot_id: snap.body.snapshot.id,
      size: undefined,
    });
    expect(copy).toMatchObject({ size: 2, snapshot_id: snap.body.snapshot.id });
  });

  it('backs up a volume and restores the backup to a new volume', async () => {
    const volume = await newVolume(cloud.demo);
    const backup = await cinder(cloud.demo, 'POST', '/backups', {
      backup: { volume_id: volume.id, name: 'b' },
    });
    expect(backup.status).toBe(202);
    expect((await cinder(cloud.demo, 'GET', `/volumes/${volume.id}`)).body.volume.status).toBe(
      'backing-up',
    );
    await waitVolume(cloud.demo, volume.id, 'available');
    const restored = await cinder(cloud.demo, 'POST', `/backups/${backup.body.backup.id}/restore`, {
      restore: {},
    });
    expect(restored.status).toBe(202);
    expect(restored.body.restore.volume_name).toBe(`restore_backup_${backup.body.backup.id}`);
    const made = await waitVolume(cloud.demo, restored.body.restore.volume_id, 'available');
    expect(made.size).toBe(1);
  });

  it('transfers a volume to another project with the auth key shown once', async () => {
    const volume = await newVolume(cloud.demo);
    const made = await cinder(
      cloud.demo,
      'POST',
      '/volume-transfers',
      { transfer: { volume_id: volume.id, name: 't' } },
      '3.55',
    );
    expect(made.status).toBe(202);
    const key = made.body.transfer.auth_key as string;
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    const listed = await cinder(cloud.demo, 'GET', '/volume-transfers/detail', undefined, '3.55');
    expect(
      listed.body.transfers.find((t: Json) => t.id === made.body.transfer.id).auth_key,
    ).toBeUndefined();
    expect((await cinder(cloud.demo, 'GET', `/volumes/${volume.id}`)).body.volume.status).toBe(
      'awaiting-transfer',
    );
    const wrong = await cinder(
      cloud.demo,
      'POST',
      `/volume-transfers/${made.body.transfer.id}/accept`,
      { accept: { auth_key: 'wrong' } },
      '3.55',
    );
    expect(wrong.body.badRequest.message).toBe(
      `Invalid auth key: Attempt to transfer ${made.body.transfer.id} with invalid auth key.`,
    );
    // The admin's project accepts it: the volume leaves demo.
    const adminProject = await cloud.projectId('admin');
    const adminBase = cinderBase.replace(demoProject, adminProject);
    const accept = await fetch(`${adminBase}/volume-transfers/${made.body.transfer.id}/accept`, {
      method: 'POST',
      headers: {
        'X-Auth-Token': cloud.admin,
        'Content-Type': 'application/json',
        'OpenStack-API-Version': 'volume 3.55',
      },
      body: JSON.stringify({ accept: { auth_key: key } }),
    });
    expect(accept.status).toBe(202);
    expect((await cinder(cloud.demo, 'GET', `/volumes/${volume.id}`)).status).toBe(404);
  });

  it('uploads a volume to a Glance image', async () => {
    const volume = await newVolume(cloud.demo);
    const up = await cinder(cloud.demo, 'POST', `/volumes/${volume.id}/action`, {
      'os-volume_upload_image': { image_name: 'from-volume', disk_format: 'qcow2' },
    });
    expect(up.status).toBe(202);
    const imageId = up.body['os-volume_upload_image'].image_id as string;
    expect((await cinder(cloud.demo, 'GET', `/volumes/${volume.id}`)).body.volume.status).toBe(
      'uploading',
    );
    await waitVolume(cloud.demo, volume.id, 'available');
    const glance = cloud.sandbox.endpoints.RegionOne?.image ?? '';
    const image = await json(
      await fetch(`${glance}/v2/images/${imageId}`, { headers: { 'X-Auth-Token': cloud.demo } }),
    );
    expect(image).toMatchObject({ name: 'from-volume', status: 'active', disk_format: 'qcow2' });
  });

  it('attaches through Nova (in-use with the attachment), refuses delete, and detaches', async () => {
    const server = await cloud.boot(cloud.demo);
    const volume = await newVolume(cloud.demo);
    const attached = await cloud.ok(
      cloud.demo,
      'POST',
      `/servers/${server.id}/os-volume_attachments`,
      {
        volumeAttachment: { volumeId: volume.id },
      },
    );
    expect(attached.volumeAttachment).toMatchObject({
      volumeId: volume.id,
      serverId: server.id,
      device: '/dev/vdb',
    });
    const inUse = await waitVolume(cloud.demo, volume.id, 'in-use');
    expect(inUse.attachments).toEqual([
      expect.objectContaining({
        server_id: server.id,
        device: '/dev/vdb',
        attachment_id: attached.volumeAttachment.attachment_id,
      }),
    ]);
    expect((await cinder(cloud.demo, 'DELETE', `/volumes/${volume.id}`)).status).toBe(400);
    // Before 3.66 an in-use volume needs the force flag.
    const snap = await cinder(
      cloud.demo,
      'POST',
      '/snapshots',
      { snapshot: { volume_id: volume.id } },
      '3.65',
    );
    expect(snap.body.badRequest.message).toBe(
      `Invalid volume: Volume ${volume.id} status must be available, but current status is: in-use.`,
    );
    const again = await cloud.nova(
      cloud.demo,
      'POST',
      `/servers/${server.id}/os-volume_attachments`,
      {
        volumeAttachment: { volumeId: volume.id },
      },
    );
    expect(again.status).toBe(400);
    await cloud.ok(
      cloud.demo,
      'DELETE',
      `/servers/${server.id}/os-volume_attachments/${volume.id}`,
    );
    expect((await waitVolume(cloud.demo, volume.id, 'available')).attachments).toEqual([]);
    await cloud.ok(cloud.demo, 'POST', `/servers/${server.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: volume.id },
    });
    await waitVolume(cloud.demo, volume.id, 'in-use');
    await deleteServer(server.id);
    await waitVolume(cloud.demo, volume.id, 'available');
  });

  it('changes delete_on_termination of an attachment from 2.85, and nothing else', async () => {
    const server = await cloud.boot(cloud.demo);
    const volume = await newVolume(cloud.demo);
    const path = `/servers/${server.id}/os-volume_attachments`;
    const made = await cloud.ok(cloud.demo, 'POST', path, {
      volumeAttachment: { volumeId: volume.id, delete_on_termination: false },
    });
    expect(made.volumeAttachment.delete_on_termination).toBe(false);
    const update = async (attachment: Json, version = '2.85', id = volume.id as string) => {
      const res = await cloud.nova(
        cloud.demo,
        'PUT',
        `${path}/${id}`,
        { volumeAttachment: { volumeId: id, ...attachment } },
        version,
      );
      return { status: res.status, body: res.status === 202 ? {} : await json(res) };
    };
    expect((await update({ delete_on_termination: true })).status).toBe(202);
    const shown = await cloud.ok(cloud.demo, 'GET', `${path}/${volume.id}`);
    expect(shown.volumeAttachment.delete_on_termination).toBe(true);
    const moved = await update({ device: '/dev/vdq' });
    expect(moved.status).toBe(400);
    expect(moved.body.badRequest.message).toBe('The device property is not mutable');
    // Before 2.85 a PUT swaps volumes, which only an admin may ask for.
    const swap = await update({}, '2.84');
    expect(swap.status).toBe(403);
    expect(swap.body.forbidden.message).toBe(
      "Policy doesn't allow os_compute_api:os-volumes-attachments:swap to be performed.",
    );
    const other = await newVolume(cloud.demo);
    const missing = await update({ delete_on_termination: true }, '2.85', other.id as string);
    expect(missing.status).toBe(404);
    expect(missing.body.itemNotFound.message).toBe(
      `No volume Block Device Mapping with id ${other.id}.`,
    );
    expect((await cinder(cloud.demo, 'DELETE', `/volumes/${other.id}`)).status).toBe(202);
    // The server takes the volume with it now.
    await deleteServer(server.id);
    await waitVolume(cloud.demo, volume.id, 'gone');
  });

  it('boots from a new volume made from an image and deletes it with the server', async () => {
    const image = await cloud.imageId('cirros-0.6.2-x86_64-disk');
    const server = await cloud.boot(cloud.demo, {
      imageRef: undefined,
      block_device_mapping_v2: [
        {
          boot_index: 0,
          uuid: image,
          source_type: 'image',
          destination_type: 'volume',
          volume_size: 1,
          delete_on_termination: true,
        },
      ],
    });
    const volumeId = server['os-extended-volumes:volumes_attached'][0].id as string;
    const volume = await waitVolume(cloud.demo, volumeId, 'in-use');
    expect(volume).toMatchObject({ bootable: 'true', size: 1 });
    expect(volume.volume_image_metadata.image_id).toBe(image);
    await deleteServer(server.id);
    await waitVolume(cloud.demo, volumeId, 'gone');
  });

  it('boots from an existing volume and keeps it after the server is gone', async () => {
    const image = await cloud.imageId('cirros-0.6.2-x86_64-disk');
    const made = await cinder(cloud.demo, 'POST', '/volumes', {
      volume: { size: 1, imageRef: image },
    });
    expect(made.body.volume.status).toBe('creating');
    // Cinder copies the image in: creating → downloading → available.
    await waitVolume(cloud.demo, made.body.volume.id, 'downloading');
    const volume = await waitVolume(cloud.demo, made.body.volume.id, 'available');
    const server = await cloud.boot(cloud.demo, {
      imageRef: undefined,
      block_device_mapping_v2: [
        { boot_index: 0, uuid: volume.id, source_type: 'volume', destination_type: 'volume' },
      ],
    });
    await waitVolume(cloud.demo, volume.id, 'in-use');
    expect(server['os-extended-volumes:volumes_attached']).toEqual([
      { id: volume.id, delete_on_termination: false },
    ]);
    await deleteServer(server.id);
    expect((await waitVolume(cloud.demo, volume.id, 'available')).bootable).toBe('true');
  });

  it('boots from a volume snapshot: Cinder makes the root volume from it', async () => {
    const image = await cloud.imageId('cirros-0.6.2-x86_64-disk');
    const origin = await newVolume(cloud.demo, { imageRef: image, size: 2 });
    const snap = await cinder(cloud.demo, 'POST', '/snapshots', {
      snapshot: { volume_id: origin.id },
    });
    const deadline = Date.now() + 5000;
    while (
      (await cinder(cloud.demo, 'GET', `/snapshots/${snap.body.snapshot.id}`)).body.snapshot
        .status !== 'available'
    ) {
      if (Date.now() > deadline) throw new Error('snapshot stuck');
      await new Promise((r) => setTimeout(r, 10));
    }
    const server = await cloud.boot(cloud.demo, {
      imageRef: undefined,
      block_device_mapping_v2: [
        {
          boot_index: 0,
          uuid: snap.body.snapshot.id,
          source_type: 'snapshot',
          destination_type: 'volume',
          delete_on_termination: true,
        },
      ],
    });
    const rootId = server['os-extended-volumes:volumes_attached'][0].id as string;
    const root = await waitVolume(cloud.demo, rootId, 'in-use');
    expect(root).toMatchObject({ size: 2, snapshot_id: snap.body.snapshot.id, bootable: 'true' });
    const missing = await cloud.nova(cloud.demo, 'POST', '/servers', {
      server: {
        name: 'vm',
        flavorRef: '1',
        networks: 'auto',
        block_device_mapping_v2: [
          {
            boot_index: 0,
            uuid: origin.id.replace(/.$/, '0'),
            source_type: 'snapshot',
            destination_type: 'volume',
          },
        ],
      },
    });
    expect(missing.status).toBe(400);
    expect((await json(missing)).badRequest.message).toMatch(
      /^Block Device Mapping is Invalid: failed to get snapshot /,
    );
    await deleteServer(server.id);
    await waitVolume(cloud.demo, rootId, 'gone');
  });

  it('counts usage in quotas and limits, and lets only admins change them', async () => {
    const quota = await cinder(cloud.demo, 'GET', `/os-quota-sets/${demoProject}?usage=True`);
    expect(quota.body.quota_set.volumes.limit).toBe(10);
    expect(quota.body.quota_set.volumes.in_use).toBeGreaterThan(0);
    const limits = await cinder(cloud.demo, 'GET', '/limits');
    expect(limits.body.limits.absolute.totalVolumesUsed).toBe(quota.body.quota_set.volumes.in_use);
    const refused = await cinder(cloud.demo, 'PUT', `/os-quota-sets/${demoProject}`, {
      quota_set: { volumes: 11 },
    });
    expect(refused.body.forbidden.message).toBe(
      "Policy doesn't allow volume_extension:quotas:update to be performed.",
    );
    expect((await cinder(cloud.demo, 'GET', '/os-availability-zone')).body).toEqual({
      availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true } }],
    });
  });
});

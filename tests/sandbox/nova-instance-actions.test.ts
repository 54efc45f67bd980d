import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type Json } from './helpers';
import { fault, novaCloud, type NovaCloud } from './nova-server-helpers';

let cloud: NovaCloud;
let server: Json;
beforeAll(async () => {
  cloud = await novaCloud();
  server = await cloud.boot(cloud.demo, { name: 'logged', metadata: { owner: 'demo' } });
  await cloud.ok(cloud.demo, 'POST', `/servers/${server.id}/action`, { 'os-stop': null });
  await cloud.waitForStatus(cloud.demo, server.id, 'SHUTOFF');
});
afterAll(() => cloud.sandbox.close());

describe('os-instance-actions', () => {
  it('lists one entry per action, newest first', async () => {
    const { instanceActions } = await cloud.ok(
      cloud.demo,
      'GET',
      `/servers/${server.id}/os-instance-actions`,
    );
    expect(instanceActions.map((a: Json) => a.action)).toEqual(['stop', 'create']);
    expect(instanceActions[0]).toEqual({
      action: 'stop',
      instance_uuid: server.id,
      request_id: expect.stringMatching(/^req-[0-9a-f-]{36}$/),
      user_id: server.user_id,
      project_id: server.tenant_id,
      start_time: expect.stringMatching(/\.000000$/),
      message: null,
      updated_at: expect.stringMatching(/\.000000$/),
    });
    const old = await cloud.ok(
      cloud.demo,
      'GET',
      `/servers/${server.id}/os-instance-actions`,
      undefined,
      '2.57',
    );
    expect(old.instanceActions[0].updated_at).toBeUndefined();
    const page = await cloud.ok(
      cloud.demo,
      'GET',
      `/servers/${server.id}/os-instance-actions?limit=1`,
    );
    expect(page.instanceActions).toHaveLength(1);
    expect(page.links[0].href).toContain(`marker=${instanceActions[0].request_id}`);
    const twice = await cloud.nova(
      cloud.demo,
      'GET',
      `/servers/${server.id}/os-instance-actions?limit=1&limit=2`,
    );
    expect(await json(twice)).toEqual(
      fault(
        400,
        "Invalid input for query parameters limit. Value: ['1', '2']. ['1', '2'] is too long",
      ),
    );
  });

  it('shows events: to members from 2.51, with host and traceback for admins', async () => {
    const { instanceActions } = await cloud.ok(
      cloud.demo,
      'GET',
      `/servers/${server.id}/os-instance-actions`,
    );
    const create = instanceActions.find((a: Json) => a.action === 'create');
    const path = `/servers/${server.id}/os-instance-actions/${create.request_id}`;
    const old = await cloud.ok(cloud.demo, 'GET', path, undefined, '2.50');
    expect(old.instanceAction.events).toBeUndefined();
    const member = (await cloud.ok(cloud.demo, 'GET', path)).instanceAction;
    expect(member.events).toEqual([
      {
        event: 'compute__do_build_and_run_instance',
        start_time: expect.any(String),
        finish_time: expect.any(String),
        result: 'Success',
        hostId: server.hostId,
      },
    ]);
    const admin = (await cloud.ok(cloud.admin, 'GET', path)).instanceAction;
    expect(admin.events[0]).toMatchObject({
      traceback: null,
      host: 'sandbox-compute',
      details: null,
    });
    const missing = await cloud.nova(
      cloud.demo,
      'GET',
      `/servers/${server.id}/os-instance-actions/req-nope`,
    );
    expect(await json(missing)).toEqual(fault(404, 'Action req-nope not found'));
  });

  it('keeps the log of a deleted server readable from 2.21', async () => {
    const doomed = await cloud.boot(cloud.demo, { name: 'short-lived' });
    await cloud.ok(cloud.demo, 'DELETE', `/servers/${doomed.id}`);
    await new Promise((r) => setTimeout(r, 40));
    const log = await cloud.ok(cloud.demo, 'GET', `/servers/${doomed.id}/os-instance-actions`);
    expect(log.instanceActions.map((a: Json) => a.action)).toEqual(['delete', 'create']);
    expect(
      (
        await cloud.nova(
          cloud.demo,
          'GET',
          `/servers/${doomed.id}/os-instance-actions`,
          undefined,
          '2.20',
        )
      ).status,
    ).toBe(404);
  });
});

describe('server metadata', () => {
  const path = () => `/servers/${server.id}/metadata`;

  it('lists, merges, replaces and deletes items', async () => {
    expect(await cloud.ok(cloud.demo, 'GET', path())).toEqual({ metadata: { owner: 'demo' } });
    expect(await cloud.ok(cloud.demo, 'POST', path(), { metadata: { role: 'web' } })).toEqual({
      metadata: { owner: 'demo', role: 'web' },
    });
    expect(await cloud.ok(cloud.demo, 'PUT', path(), { metadata: { only: 'this' } })).toEqual({
      metadata: { only: 'this' },
    });
    expect(await cloud.ok(cloud.demo, 'PUT', `${path()}/k`, { meta: { k: 'v' } })).toEqual({
      meta: { k: 'v' },
    });
    expect(await cloud.ok(cloud.demo, 'GET', `${path()}/k`)).toEqual({ meta: { k: 'v' } });
    const mismatch = await cloud.nova(cloud.demo, 'PUT', `${path()}/k`, { meta: { other: 'v' } });
    expect(await json(mismatch)).toEqual(fault(400, 'Request body and URI mismatch'));
    expect((await cloud.nova(cloud.demo, 'DELETE', `${path()}/k`)).status).toBe(204);
    const gone = await cloud.nova(cloud.demo, 'GET', `${path()}/k`);
    expect(await json(gone)).toEqual(fault(404, 'Metadata item was not found'));
    const bad = await cloud.nova(cloud.demo, 'POST', path(), { metadata: { 'a/b': 'x' } });
    expect((await json(bad)).badRequest.message).toBe(
      "Invalid input for field/attribute metadata. Value: {'a/b': 'x'}. 'a/b' does not match any of the regexes: '^[a-zA-Z0-9-_:. ]{1,255}$'",
    );
    const many = Object.fromEntries(Array.from({ length: 129 }, (_, i) => [`k${i}`, 'v']));
    const tooMany = await cloud.nova(cloud.demo, 'PUT', path(), { metadata: many });
    expect(await json(tooMany)).toEqual(fault(403, 'Maximum number of metadata items exceeds 128'));
  });
});

describe('os-interface and os-volume_attachments', () => {
  it('lists, attaches and detaches ports', async () => {
    const live = await cloud.boot(cloud.demo, { name: 'nics' });
    const path = `/servers/${live.id}/os-interface`;
    const { interfaceAttachments } = await cloud.ok(cloud.demo, 'GET', path);
    expect(interfaceAttachments).toHaveLength(1);
    expect(interfaceAttachments[0]).toMatchObject({
      port_state: 'ACTIVE',
      fixed_ips: [{ subnet_id: expect.any(String), ip_address: live.addresses.private[0].addr }],
      mac_addr: live.addresses.private[0]['OS-EXT-IPS-MAC:mac_addr'],
      tag: null,
    });
    const netId = interfaceAttachments[0].net_id;
    const attached = await cloud.ok(cloud.demo, 'POST', path, {
      interfaceAttachment: { net_id: netId },
    });
    const portId = attached.interfaceAttachment.port_id as string;
    expect((await cloud.ok(cloud.demo, 'GET', path)).interfaceAttachments).toHaveLength(2);
    expect(
      (await cloud.ok(cloud.demo, 'GET', `${path}/${portId}`)).interfaceAttachment.port_id,
    ).toBe(portId);
    expect((await cloud.nova(cloud.demo, 'DELETE', `${path}/${portId}`)).status).toBe(202);
    const missing = await cloud.nova(cloud.demo, 'GET', `${path}/${portId}`);
    expect(await json(missing)).toEqual(
      fault(404, `Instance ${live.id} does not have a port with id ${portId}`),
    );
    await cloud.ok(cloud.demo, 'POST', `/servers/${live.id}/action`, { pause: null });
    await cloud.waitForStatus(cloud.demo, live.id, 'PAUSED');
    await cloud.ok(cloud.demo, 'POST', `/servers/${live.id}/action`, { lock: null });
    const locked = await cloud.nova(cloud.demo, 'POST', path, {
      interfaceAttachment: { net_id: netId },
    });
    expect(await json(locked)).toEqual(fault(409, `Instance ${live.id} is locked`));
  });

  it('shows the boot volume and refuses unknown volumes', async () => {
    const cirros = await cloud.imageId('cirros-0.6.2-x86_64-disk');
    const created = await cloud.ok(cloud.demo, 'POST', '/servers', {
      server: {
        name: 'bfv',
        flavorRef: '1',
        networks: 'none',
        block_device_mapping_v2: [
          {
            boot_index: 0,
            uuid: cirros,
            source_type: 'image',
            destination_type: 'volume',
            volume_size: 2,
          },
          {
            boot_index: 1,
            uuid: cirros,
            source_type: 'image',
            destination_type: 'volume',
            volume_size: 1,
          },
        ],
      },
    });
    const live = await cloud.waitForStatus(cloud.demo, created.server.id, 'ACTIVE');
    const path = `/servers/${live.id}/os-volume_attachments`;
    const { volumeAttachments } = await cloud.ok(cloud.demo, 'GET', path);
    expect(volumeAttachments).toHaveLength(2);
    expect(volumeAttachments[0]).toEqual({
      volumeId: expect.any(String),
      serverId: live.id,
      device: '/dev/vda',
      tag: null,
      delete_on_termination: false,
      attachment_id: expect.any(String),
      bdm_uuid: expect.any(String),
    });
    const [root, data] = volumeAttachments as Json[];
    const rootDetach = await cloud.nova(cloud.demo, 'DELETE', `${path}/${root?.volumeId}`);
    expect(await json(rootDetach)).toEqual(fault(400, 'Cannot detach a root device volume'));
    expect((await cloud.nova(cloud.demo, 'DELETE', `${path}/${data?.volumeId}`)).status).toBe(202);
    expect((await cloud.ok(cloud.demo, 'GET', path)).volumeAttachments).toHaveLength(1);
    const again = await cloud.ok(cloud.demo, 'POST', path, {
      volumeAttachment: { volumeId: data?.volumeId },
    });
    expect(again.volumeAttachment.volumeId).toBe(data?.volumeId);
    const unknown = '6b5c5b1e-8f7a-4f3e-9b0a-1c2d3e4f5a6b';
    const res = await cloud.nova(cloud.demo, 'POST', path, {
      volumeAttachment: { volumeId: unknown },
    });
    expect(await json(res)).toEqual(fault(404, `Volume ${unknown} could not be found.`));
    const old = await cloud.ok(cloud.demo, 'GET', path, undefined, '2.1');
    expect(Object.keys(old.volumeAttachments[0])).toEqual(['id', 'volumeId', 'serverId', 'device']);
  });
});
